// Outputs that depend only on a stored scenario's state and the engine (results JSON, CSV reports)
// are computed once per process and reused (ADR 066). Keys carry the scenario's id, version and
// update time and the engine version, so a change on any instance makes a new key: nothing stale
// is ever served, even with several app servers on one PostgreSQL.
import 'server-only';
import { createHash } from 'node:crypto';
import { MODEL_VERSION } from '@/lib/model/version';

/** Entries kept per process; the oldest-used goes first (about 100 KB each). */
const MAX_ENTRIES = 200;

const KEY = Symbol.for('bering-link.output-cache');
type Holder = { [KEY]?: Map<string, string> };

function store(): Map<string, string> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** The identity of a scenario's state: what its outputs depend on besides the request. */
export interface ScenarioState {
  id: string;
  version: number;
  updatedAt: string;
}

/** A cache key for `kind` (e.g. "results", "csv:wide") of these scenarios at their current state. */
export function outputKey(kind: string, scenarios: ScenarioState[]): string {
  return [MODEL_VERSION, kind, ...scenarios.map((s) => `${s.id}@${s.version}@${s.updatedAt}`)].join('|');
}

/** A strong ETag for a key: quoted, short, opaque. */
export function etagOf(key: string): string {
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
}

/** The cached text for `key`, or `compute()` stored under it. */
export async function cachedText(key: string, compute: () => Promise<string> | string): Promise<string> {
  const cache = store();
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const text = await compute();
  cache.set(key, text);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return text;
}
