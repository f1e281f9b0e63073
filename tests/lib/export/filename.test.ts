import { describe, expect, it } from 'vitest';
import { toAsciiSlug, toContentDisposition, toUnicodeSlug } from '@/lib/export/filename';

describe('toAsciiSlug', () => {
  it.each([
    ['Reference: tunnel in 2042, partial cooperation', 'reference-tunnel-in-2042-partial-cooperation'],
    ['Élan Vital — Nome', 'elan-vital-nome'],
    ['../../etc/passwd', 'etc-passwd'],
    ['=HYPERLINK("x")', 'hyperlink-x'],
    ['Ямал', 'scenario'],
    ['', 'scenario'],
  ])('turns %j into %j', (name, slug) => {
    expect(toAsciiSlug(name)).toBe(slug);
  });

  it('cuts long names to 80 characters without a trailing dash', () => {
    const slug = toAsciiSlug(`${'a'.repeat(79)} b`);
    expect(slug).toBe('a'.repeat(79));
    expect(toAsciiSlug('x'.repeat(200))).toHaveLength(80);
  });
});

describe('toUnicodeSlug', () => {
  it('keeps letters of every script', () => {
    expect(toUnicodeSlug('Ямал СПГ / 2042')).toBe('ямал-спг-2042');
  });

  it('falls back when nothing is left', () => {
    expect(toUnicodeSlug('!!!', 'report')).toBe('report');
  });
});

describe('toContentDisposition', () => {
  it('gives an attachment with an ASCII filename and a UTF-8 filename*', () => {
    expect(toContentDisposition('Ямал: fast melt')).toBe(
      `attachment; filename="fast-melt.csv"; filename*=UTF-8''%D1%8F%D0%BC%D0%B0%D0%BB-fast-melt.csv`,
    );
  });

  it('never lets quotes, semicolons or line breaks into the header', () => {
    const header = toContentDisposition('a"; filename="evil.exe\r\nX-Injected: 1');
    expect(header).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"; filename\*=UTF-8''[A-Za-z0-9%-]+\.csv$/);
  });

  it('refuses an extension that is not plain ASCII', () => {
    expect(() => toContentDisposition('x', 'csv"')).toThrow(/extension/);
  });
});
