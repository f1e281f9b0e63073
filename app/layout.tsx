import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteHeader } from './_components/site/site-header';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Bering Link Scenario Dashboard',
  description:
    'Scenarios for the hydrocarbon and mining projects a Bering Strait rail tunnel would unlock as Arctic sea ice recedes.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
