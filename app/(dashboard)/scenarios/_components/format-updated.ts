// Pure: the "last updated" text of a scenario. UTC and a fixed layout, so the server's HTML and
// the browser's render are identical whatever the viewer's time zone (no hydration mismatch).

/** "2026-11-25 21:16 UTC" for an ISO timestamp; the input unchanged if it is not one. */
export function formatUpdatedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
