// Bounds the request work done in one turn of the event loop, so the server keeps accepting new
// connections under load (ADR 087). Node 20's libuv accepts at most one connection per turn (one
// `accept` each time the poll phase finds the listening socket ready). Without a bound, a turn runs
// every request that has arrived on every open connection, so at 100 busy connections a turn lasts
// a few hundred milliseconds and connections opened together wait in the kernel's accept queue,
// one turn each, for longer than a client's 10 s time-out.
//
// The budget is time measured on the event loop itself: a request that arrives while the current
// turn has already lasted `budgetMs` waits, first in, first out, and is let go in a later turn's
// check phase (one `setImmediate` per waiting request), after the poll phase has run and accepted
// a connection. Every check phase lets at least one waiting request go, so none waits for ever; the
// work itself is unchanged, only spread over more, shorter turns.
import 'server-only';

/** Request work allowed per event-loop turn before requests wait for the next turn, in ms. */
export const TURN_BUDGET_MS = 10;

export interface TurnBudget {
  /**
   * Nothing when the request may go on in this turn; otherwise a promise that resolves in a later
   * turn, when it may. Callers `await` only what they get: no extra tick when within budget.
   */
  enter(): Promise<void> | undefined;
  /** Requests waiting for a turn now. */
  waiting(): number;
}

/** A budget of `budgetMs` per turn; `now` is the clock (milliseconds, monotonic). */
export function createTurnBudget(budgetMs: number, now: () => number = () => performance.now()): TurnBudget {
  /**
   * When the current turn's request work began: the last check phase while requests wait, else the
   * first request since; null when no turn is open (the loop has been through a check phase with
   * nobody waiting).
   */
  let turnStartedAt: number | null = null;
  /**
   * When the turn that this check phase ends began. Requests let go here go on into the next poll
   * phase (Next continues them after I/O), so releases are charged with the whole turn, not just
   * the check phase.
   */
  let releaseTurnStartedAt = 0;
  let releasedThisCheck = 0;
  /** Whether a boundary is queued for the coming check phase. */
  let isBoundaryQueued = false;
  const queue: (() => void)[] = [];

  // A boundary runs at the start of a check phase, before the steps queued after it: it closes the
  // turn that is ending and opens the next one (or none, when nobody waits).
  const boundary = () => {
    isBoundaryQueued = false;
    releaseTurnStartedAt = turnStartedAt ?? now();
    releasedThisCheck = 0;
    turnStartedAt = queue.length > 0 ? now() : null;
  };
  const queueBoundary = () => {
    if (isBoundaryQueued) return;
    isBoundaryQueued = true;
    setImmediate(boundary);
  };

  // One step per waiting request, in the check phase: the first step of a check phase always lets
  // one go (none waits for ever); the next ones only while the ending turn is within budget.
  const step = () => {
    if (queue.length === 0) return;
    if (releasedThisCheck === 0 || now() - releaseTurnStartedAt < budgetMs) {
      releasedThisCheck += 1;
      queue.shift()!();
      return;
    }
    queueBoundary();
    setImmediate(step);
  };

  return {
    enter() {
      turnStartedAt ??= now();
      queueBoundary();
      if (queue.length === 0 && now() - turnStartedAt < budgetMs) return undefined;
      return new Promise<void>((resolve) => {
        queue.push(resolve);
        setImmediate(step);
      });
    },
    waiting: () => queue.length,
  };
}

const KEY = Symbol.for('bering-link.turn-budget');
type Holder = { [KEY]?: TurnBudget };

/** The process-wide budget (one event loop per process, whichever module copy asks). */
export function requestTurnBudget(): TurnBudget {
  const holder = globalThis as Holder;
  holder[KEY] ??= createTurnBudget(TURN_BUDGET_MS);
  return holder[KEY];
}
