// The import rules of STYLE.md §2, checked on every file: dependencies point inward only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Module specifiers imported (statically or dynamically) by a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/** Resolves a specifier to a project folder ('lib/model', 'db', 'app' …) or a package name. */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.join(path.dirname(file), spec).split(path.sep).join('/');
  return `pkg:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
}

const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
  {
    folder: 'lib/model',
    forbidden: /^(pkg:(?!node:)|db\b|app\b|lib\/(?!model\b))/,
    why: 'the engine is pure: only lib/model and the standard library',
  },
  { folder: 'lib/charts', forbidden: /^(pkg:(react|next|recharts|@tanstack|drizzle-orm)|db\b|app\b)/, why: 'chart adapters are pure' },
  { folder: 'lib/compare', forbidden: /^(pkg:(react|next|recharts|@tanstack|drizzle-orm)|db\b|app\b)/, why: 'comparison helpers are pure' },
  {
    folder: 'lib/methodology',
    forbidden: /^(pkg:(react|next|recharts|@tanstack|drizzle-orm)|db\b|app\b)/,
    why: 'methodology row builders are pure',
  },
  { folder: 'lib/export', forbidden: /^(pkg:(react|next|recharts|@tanstack|drizzle-orm)|db\b|app\b)/, why: 'CSV export is pure' },
  { folder: 'lib/schemas', forbidden: /^(pkg:(react|next)|db\b|app\b)/, why: 'schemas sit below the app and the database' },
  { folder: 'db', forbidden: /^(app\b|pkg:(react|next)$)/, why: 'the database layer never imports the app' },
  { folder: 'lib/services', forbidden: /^(app\b|pkg:react)/, why: 'services never import the app or React' },
  { folder: 'app', forbidden: /^db\b/, why: 'the app reaches the database through lib/services' },
];

describe('import rules (STYLE.md §2)', () => {
  it.each(RULES)('$folder: $why', ({ folder, forbidden }) => {
    const violations = sourceFiles(folder).flatMap((file) =>
      importsOf(file)
        .map((spec) => ({ spec, to: target(file, spec) }))
        .filter(({ to }) => forbidden.test(to))
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(violations).toEqual([]);
  });

  it("keeps 'use client' files away from server code", () => {
    const clientFiles = sourceFiles('app').filter((f) => /^\s*['"]use client['"]/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    const violations = clientFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(lib\/services|lib\/env|db)\b/.test(target(file, spec)))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(violations).toEqual([]);
  });

  it('finds the files it checks', () => {
    expect(sourceFiles('lib/model').length).toBeGreaterThan(0);
    expect(sourceFiles('app').length).toBeGreaterThan(0);
  });
});
