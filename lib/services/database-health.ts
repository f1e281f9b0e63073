// Whether the database can be reached, for the proxy's page gate (ADR 074). PostgreSQL is asked
// with `select 1` for page requests (one ping at a time, shared by the requests that arrive
// meanwhile). After a failure, requests are told "unreachable" at once while a background ping
// asks again at most once a second: an outage costs no waiting and no query per request, and
// recovery is seen within about a second.
// The embedded database runs in this process and is always reachable.
import 'server-only';
import { getDatabase } from '@/db/connection';
import { isDatabaseUnavailable } from '@/db/errors';
import { pingDatabase } from '@/db/health';
import { readEnv } from '@/lib/env';

/** Least time between background pings while the database is unreachable, in milliseconds. */
export const UNREACHABLE_RECHECK_MS = 1_000;

interface HealthState {
  /** When the last failed ping or connection error was seen; null while reachable. */
  failedAt: number | null;
  /** The ping under way, if any. */
  pinging: Promise<boolean> | null;
  /** The ping that starts when the one under way ends, shared by the requests waiting for it. */
  queued: Promise<boolean> | null;
}

const KEY = Symbol.for('bering-link.database-health');
type Holder = { [KEY]?: HealthState };

function state(): HealthState {
  const holder = globalThis as Holder;
  holder[KEY] ??= { failedAt: null, pinging: null, queued: null };
  return holder[KEY];
}

/** Records a connection error seen anywhere (an API request, a page render), so pages answer 503 at once. */
export function noteDatabaseError(error: unknown): void {
  if (isDatabaseUnavailable(error)) state().failedAt = Date.now();
}

async function ping(): Promise<boolean> {
  const health = state();
  try {
    const { db } = await getDatabase();
    await pingDatabase(db);
    health.failedAt = null;
    return true;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) return true; // not an outage: let the page render and report it
    health.failedAt = Date.now();
    return false;
  }
}

/** Whether pages that read the database can be served now (always true on the embedded database). */
export async function isDatabaseReachable(): Promise<boolean> {
  if (readEnv().DATABASE_URL === undefined) return true;
  const health = state();
  if (health.failedAt !== null) {
    // Known unreachable: answer at once, and ask again in the background at most once a second.
    if (health.pinging === null && Date.now() - health.failedAt >= UNREACHABLE_RECHECK_MS) void freshPing(health);
    return false;
  }
  return freshPing(health);
}

/**
 * The answer of a ping sent after this call: the one starting now, or, while one is under way
 * (it may have been sent before the database went down), the next one, which every request
 * arriving meanwhile shares. At most one ping runs at a time.
 */
function freshPing(health: HealthState): Promise<boolean> {
  if (health.pinging === null) {
    health.pinging = ping().finally(() => {
      health.pinging = null;
    });
    return health.pinging;
  }
  health.queued ??= health.pinging.then(() => {
    health.queued = null;
    return freshPing(health);
  });
  return health.queued;
}
