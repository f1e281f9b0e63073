// A small self-contained HTML page for answers the app renders outside React: the 503 while the
// database is unreachable (ADR 074) and the 429 of a refused sign-in (ADR 073). No script (the CSP
// allows none without a nonce), one inline style, text escaped. Pure.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page: a heading, a sentence, optionally a link and an automatic reload after `refreshSeconds`. */
export function plainPage(options: {
  title: string;
  message: string;
  link?: { href: string; label: string };
  refreshSeconds?: number;
}): string {
  const { title, message, link, refreshSeconds } = options;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    refreshSeconds === undefined ? '' : `<meta http-equiv="refresh" content="${Math.max(1, Math.round(refreshSeconds))}">`,
    `<title>${escapeHtml(title)} · Bering Link Scenario Dashboard</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}a{color:#0b5cad}</style>',
    '</head><body><main id="main">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(message)}</p>`,
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : '',
    '</main></body></html>',
  ].join('\n');
}

/** What a page says while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable, try again in a few seconds. This page reloads by itself.';
