import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { getEditorStatus } from './_server/editor-session';
import { SiteHeader } from './_components/site/site-header';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Bering Link Scenario Dashboard',
  description: 'Scenarios for the hydrocarbon and mining projects a Bering Strait rail tunnel would unlock as Arctic sea ice recedes.',
};

// Every page is rendered per request: its scripts carry the request's CSP nonce (ADR 060), and the
// header shows the visitor's sign-in state (reading the cookie makes each page dynamic).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const editor = await getEditorStatus();
  return (
    <html lang="en">
      <body>
        <SiteHeader editor={editor} />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
