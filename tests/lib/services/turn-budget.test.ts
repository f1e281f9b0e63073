// The per-turn budget of request work (ADR 087), on the real event loop: a connection made while a
// long queue of requests waits is accepted after a few requests, not after all of them; requests go
// first in, first out, at least one per turn, however long each takes.
import { createServer, connect, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTurnBudget, type TurnBudget } from '@/lib/services/turn-budget';

/** Keeps the thread busy for `ms`, as a request's synchronous work does. */
function work(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

/** Starts `count` requests at once (as one poll phase would), each doing `ms` of work after the budget lets it go. */
function startRequests(budget: TurnBudget, count: number, ms: number, done: number[]): Promise<void> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const turn = budget.enter();
      if (turn) await turn;
      work(ms);
      done.push(i);
    }),
  ).then(() => {});
}

describe('the request budget per event-loop turn', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** How many of 150 requests of 2 ms had finished when a connection made as they started was accepted. */
  async function finishedWhenAccepted(budgetMs: number): Promise<{ atAccept: number; total: number }> {
    const done: number[] = [];
    let atAccept = -1;
    server = createServer((socket) => {
      atAccept = done.length;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const client = connect(port, '127.0.0.1');
    client.on('error', () => {});
    await startRequests(createTurnBudget(budgetMs), 150, 2, done);
    while (atAccept < 0) await new Promise((resolve) => setTimeout(resolve, 5));
    client.destroy();
    return { atAccept, total: done.length };
  }

  it('keeps the loop turning while requests wait, so a new connection is accepted early', async () => {
    const { atAccept, total } = await finishedWhenAccepted(5);
    expect(total).toBe(150);
    expect(atAccept).toBeLessThan(30);
  });

  it('without a budget all of them run in one turn, before the connection is accepted', async () => {
    const { atAccept } = await finishedWhenAccepted(Number.POSITIVE_INFINITY);
    expect(atAccept).toBe(150);
  });

  it('lets requests go at once while the budget lasts, with no extra tick', () => {
    let clock = 0;
    const budget = createTurnBudget(10, () => clock);
    expect(budget.enter()).toBeUndefined();
    clock = 9;
    expect(budget.enter()).toBeUndefined();
    clock = 10;
    const waiting = budget.enter();
    expect(waiting).toBeInstanceOf(Promise);
    expect(budget.waiting()).toBe(1);
    // Once one waits, later ones queue behind it even if time were left.
    clock = 0;
    expect(budget.enter()).toBeInstanceOf(Promise);
    expect(budget.waiting()).toBe(2);
  });

  it('lets waiting requests go first in, first out, at least one per turn however long each takes', async () => {
    const budget = createTurnBudget(1);
    const order: number[] = [];
    let turns = 0;
    let isCounting = true;
    const countTurns = () => {
      turns += 1;
      if (isCounting) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const turn = budget.enter();
        if (turn) await turn;
        work(3); // longer than the budget: each request uses up a turn by itself
        order.push(i);
      }),
    );
    isCounting = false;
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(turns).toBeGreaterThanOrEqual(7);
    expect(budget.waiting()).toBe(0);
  });

  it('charges releases with the whole turn, including work that went on after the check phase', async () => {
    let clock = 0;
    const budget = createTurnBudget(10, () => clock);
    const released: number[] = [];
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    expect(budget.enter()).toBeUndefined(); // the turn begins at 0
    clock = 20; // the first request's work took the whole budget and more
    for (const i of [1, 2]) void budget.enter()!.then(() => released.push(i));
    await nextTurn();
    expect(released).toEqual([1]); // one at least, and no more: the turn that ended was over budget
    await nextTurn();
    expect(released).toEqual([1, 2]); // the next turn had time left
  });

  it('opens a fresh window once the queue is empty and a turn has passed', async () => {
    let clock = 0;
    const budget = createTurnBudget(10, () => clock);
    expect(budget.enter()).toBeUndefined();
    clock = 50; // this turn's budget is spent
    const late = budget.enter();
    expect(late).toBeInstanceOf(Promise);
    await late;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(budget.waiting()).toBe(0);
    expect(budget.enter()).toBeUndefined();
  });
});
