import { describe, expect, it } from 'vitest';
import { DATABASE_UNAVAILABLE_MESSAGE, plainPage } from '@/lib/security/plain-page';

describe('plain page', () => {
  it('escapes markup in every text it is given and carries no script', () => {
    const html = plainPage({ title: '<b>T</b>', message: `a "quoted" & 'single' <script>`, link: { href: '/x?a=1&b="2"', label: '<i>' } });
    expect(html).toContain('<h1>&lt;b&gt;T&lt;/b&gt;</h1>');
    expect(html).toContain('<p>a &quot;quoted&quot; &amp; &#39;single&#39; &lt;script&gt;</p>');
    expect(html).toContain('<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;i&gt;</a>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('http-equiv="refresh"');
  });

  it('reloads itself after the given seconds when asked (the database-unavailable page)', () => {
    const html = plainPage({ title: 'The database is unavailable', message: DATABASE_UNAVAILABLE_MESSAGE, refreshSeconds: 5 });
    expect(html).toContain('<meta http-equiv="refresh" content="5">');
    expect(html).toContain('The database is unavailable, try again in a few seconds.');
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});
