'use client';
// Keeps the address bar in step with the dashboard state (throttled history.replaceState),
// so copying the URL at any moment reproduces the screen.
import { useEffect, useRef } from 'react';
import { toUrlSearchParams, type UrlState } from '@/lib/schemas/url-state-query';

/** At most one history update per this many ms while a slider moves (browsers rate-limit replaceState). */
const URL_THROTTLE_MS = 150;

/** Writes `state` into the query string; the clean path when `isPristine` (nothing changed). */
export function useUrlSync(state: UrlState, isPristine: boolean): void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ state: UrlState; isPristine: boolean }>({ state, isPristine });

  useEffect(() => {
    pending.current = { state, isPristine };
    const write = () => {
      timer.current = null;
      last.current = performance.now();
      const { state: s, isPristine: pristine } = pending.current;
      const query = pristine ? '' : toUrlSearchParams(s).toString();
      const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, '', next);
      }
    };
    // Always from a timer, never inside the effect: after a key press React runs this effect before
    // the browser paints, and replaceState (Next.js clones its router state into history) would
    // delay the new charts on screen.
    const wait = Math.max(0, URL_THROTTLE_MS - (performance.now() - last.current));
    if (timer.current === null) timer.current = setTimeout(write, wait);
  }, [state, isPristine]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
}
