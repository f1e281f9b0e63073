// Whether the database can be reached, for the proxy's page gate (ADR 074). PostgreSQL is asked
// with `select 1` for page requests (one ping at a time, shared by the requests that arrive
// meanwhile). After a failure, requests are told "unreachable" at once while a background ping
// asks again at most once a second: an outage costs no waiting and no query per request, and
// recovery is seen within about a second. The API's `guarded` uses the same state to answer 503 at
// once while the database is known to be down, and to stop read requests already waiting on it
// when an outage is found (ADR 075).
// The embedded database runs in this process and is always reachable.
import 'server-only';
import { getDatabase } from '@/db/connection';
import { isDatabaseUnavailable } from '@/db/errors';
import { pingDatabase } from '@/db/health';
import { readEnv } from '@/lib/env';

/**
 * Longest wait for a ping, in milliseconds (the driver's connect timeout, ADR 063). A query sent on
 * a connection at the instant it is reset can wait for ever (postgres.js); a ping stuck like that
 * would block every later check, and pages and the API would answer 503 long after recovery.
 */
export const PING_TIMEOUT_MS = 5_000;

/** Least time between the starts of background pings while the database is unreachable, in milliseconds. */
export const UNREACHABLE_RECHECK_MS = 1_000;

interface HealthState {
  /** When the outage was first seen (a failed ping or a connection error); null while reachable. */
  failedAt: number | null;
  /**
   * When the last ping started (ms since the epoch), or null. Background pings are spaced from
   * it, not from the last error: errors noted by requests while it is down must not put off the
   * next check, or recovery waits for the errors to stop (ADR 075).
   */
  pingStartedAt: number | null;
  /** When a ping last succeeded (ms since the epoch), or null. */
  lastOkAt: number | null;
  /** The ping under way, if any. */
  pinging: Promise<boolean> | null;
  /** The ping that starts when the one under way ends, shared by the requests waiting for it. */
  queued: Promise<boolean> | null;
  /** Called when an outage is seen; each removes itself when its request ends. */
  outageListeners: Set<() => void>;
}

const KEY = Symbol.for('bering-link.database-health');
type Holder = { [KEY]?: HealthState };

function state(): HealthState {
  const holder = globalThis as Holder;
  holder[KEY] ??= { failedAt: null, pingStartedAt: null, lastOkAt: null, pinging: null, queued: null, outageListeners: new Set() };
  return holder[KEY];
}

function markUnreachable(health: HealthState): void {
  health.failedAt ??= Date.now();
  for (const listener of [...health.outageListeners]) listener();
}

/**
 * Records a connection error seen anywhere (an API request, a page render), so pages and the API
 * answer 503 at once. `requestStartedAt` (ms since the epoch), when known, is when the request that
 * met the error began: a request older than the last successful ping reports old news (it may have
 * waited through an outage that is over), and is ignored, so it cannot turn a recovered server
 * back to 503; a newer request, or a new check, still finds a fresh outage.
 */
export function noteDatabaseError(error: unknown, requestStartedAt?: number): void {
  if (!isDatabaseUnavailable(error)) return;
  const health = state();
  if (requestStartedAt !== undefined && health.lastOkAt !== null && requestStartedAt < health.lastOkAt) return;
  markUnreachable(health);
}

/**
 * Whether the database is already known to be unreachable (a ping or a request failed to connect
 * and no ping has succeeded since), without waiting for anything. While it is, a background ping
 * asks again at most once a second, one at a time, so recovery is seen within about a second.
 * Always false on the embedded database.
 */
export function isDatabaseKnownDown(): boolean {
  if (readEnv().DATABASE_URL === undefined) return false;
  const health = state();
  if (health.failedAt === null) return false;
  recheckInBackground(health);
  return true;
}

/**
 * Calls `listener` once the next time an outage is seen (a failed ping or a connection error noted
 * by any request). Returns the function that stops listening; call it when the request ends.
 */
export function onDatabaseOutage(listener: () => void): () => void {
  const { outageListeners } = state();
  const once = () => {
    outageListeners.delete(once);
    listener();
  };
  outageListeners.add(once);
  return () => outageListeners.delete(once);
}

function recheckInBackground(health: HealthState): void {
  if (health.pinging !== null || health.failedAt === null) return;
  const since = Math.max(health.pingStartedAt ?? 0, health.failedAt);
  if (Date.now() - since >= UNREACHABLE_RECHECK_MS) void freshPing(health);
}

async function ping(): Promise<boolean> {
  const health = state();
  try {
    const { db } = await getDatabase();
    const isAnswered = await withinTimeout(pingDatabase(db), PING_TIMEOUT_MS);
    if (!isAnswered) {
      markUnreachable(health);
      return false;
    }
    health.failedAt = null;
    health.lastOkAt = Date.now();
    return true;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) return true; // not an outage: let the page render and report it
    markUnreachable(health);
    return false;
  }
}

/** True once `work` settles successfully, false when `ms` pass first (it may still reject: rethrown). */
async function withinTimeout(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  work.catch(() => {}); // a ping given up on may fail later: nobody waits for it then
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether pages that read the database can be served now (always true on the embedded database). */
export async function isDatabaseReachable(): Promise<boolean> {
  if (readEnv().DATABASE_URL === undefined) return true;
  const health = state();
  if (health.failedAt !== null) {
    // Known unreachable: answer at once, and ask again in the background at most once a second.
    recheckInBackground(health);
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
    health.pingStartedAt = Date.now();
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
