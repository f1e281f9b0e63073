'use client';
// App-wide client providers: one TanStack Query client per browser tab (STYLE.md §7).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** Default freshness of scenario data: a minute; lists are invalidated by mutations anyway. */
const DEFAULT_STALE_TIME_MS = 60_000;

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: DEFAULT_STALE_TIME_MS, refetchOnWindowFocus: false, retry: 1 } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
