// Pure: safe download names for Content-Disposition (RFC 6266 with RFC 5987 `filename*`).
// Scenario names are user text: nothing of them reaches the header but letters, digits and dashes.

/** Longest slug kept, in characters, so names stay readable in every file system. */
const MAX_SLUG_LENGTH = 80;

function trimSlug(slug: string): string {
  return [...slug]
    .slice(0, MAX_SLUG_LENGTH)
    .join('')
    .replace(/^-+|-+$/g, '');
}

/**
 * A lowercase ASCII slug of a name: accents dropped, every run of other characters a single
 * dash, at most 80 characters; `fallback` when nothing is left (e.g. a name in Cyrillic).
 */
export function toAsciiSlug(name: string, fallback = 'scenario'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return trimSlug(ascii.replace(/^-+/, '')) || fallback;
}

/**
 * A lowercase slug that keeps letters and digits of every script (for `filename*`), every run
 * of other characters a single dash, at most 80 characters; `fallback` when nothing is left.
 */
export function toUnicodeSlug(name: string, fallback = 'scenario'): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return trimSlug(slug.replace(/^-+/, '')) || fallback;
}

/** RFC 5987 percent-encoding of UTF-8 text (also `'`, `(`, `)`, `*`, which it does not allow raw). */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition value that downloads as `<slug>.<extension>`:
 * `attachment; filename="<ascii slug>.<ext>"; filename*=UTF-8''<percent-encoded unicode slug>.<ext>`.
 * Browsers that understand `filename*` keep non-Latin names; the rest get the ASCII slug.
 * `extension` must be ASCII letters and digits (default `csv`).
 */
export function toContentDisposition(name: string, extension = 'csv'): string {
  if (!/^[a-z0-9]+$/i.test(extension)) throw new Error(`file extension must be ASCII letters or digits, got "${extension}"`);
  const ascii = toAsciiSlug(name);
  const unicode = toUnicodeSlug(name, ascii);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeRfc5987(unicode)}.${extension}`;
}
