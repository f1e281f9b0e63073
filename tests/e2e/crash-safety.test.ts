// The embedded database survives SIGKILL in the middle of writes: the server is killed while a
// writer loop creates and updates scenarios, five times; after each restart on the same folder the
// database opens, every acknowledged write is there, and every scenario is whole (it parses against
// the contract and its name and assumptions belong together).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssumptionsSchema } from '@/lib/schemas/assumptions';
import { makeAssumptions } from '../builders';
import { startServer, type RunningServer } from '../support/server';

const KILLS = 5;
/** Writers running at once: enough to have requests in flight at the moment of the kill. */
const WRITERS = 4;

interface Stored {
  id: string;
  name: string;
  version: number;
  assumptions: { link: { capacityMtPerYear: number } };
}

/** Scenario `n` is saved with capacity n (and renamed with capacity n + 0.5), so name and data can be checked together. */
const capacityOf = (name: string) => Number(/#(\d+)(\+)?$/.exec(name)?.[1]) + (name.endsWith('+') ? 0.5 : 0);

describe('embedded database under SIGKILL during writes', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  /** Writes the server acknowledged: id → the version and name it answered. */
  const acknowledged = new Map<string, { version: number; name: string }>();
  let counter = 0;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'bering-crash-'));
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function writer(url: string, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const n = (counter += 1);
      try {
        const name = `Crash #${n}`;
        const created = await fetch(`${url}/api/scenarios`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name, assumptions: makeAssumptions({ link: { capacityMtPerYear: n } }) }),
        });
        if (created.status !== 201) continue;
        const record = (await created.json()) as Stored;
        acknowledged.set(record.id, { version: record.version, name });
        const renamed = `Crash #${n}+`;
        const updated = await fetch(`${url}/api/scenarios/${record.id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ version: 1, name: renamed, assumptions: makeAssumptions({ link: { capacityMtPerYear: n + 0.5 } }) }),
        });
        if (updated.status === 200) acknowledged.set(record.id, { version: 2, name: renamed });
      } catch {
        // the server died mid-request: this write was never acknowledged
      }
    }
  }

  async function checkEverything(url: string): Promise<void> {
    const list = (await (await fetch(`${url}/api/scenarios`)).json()) as { id: string; isPreset: boolean }[];
    const present = new Set(list.map((s) => s.id));
    for (const [id, ack] of acknowledged) {
      expect(present.has(id), `acknowledged scenario ${ack.name} is missing`).toBe(true);
    }
    for (const { id, isPreset } of list) {
      if (isPreset) continue;
      const response = await fetch(`${url}/api/scenarios/${id}`);
      expect(response.status).toBe(200);
      const stored = (await response.json()) as Stored;
      expect(AssumptionsSchema.safeParse(stored.assumptions).success).toBe(true);
      expect(stored.assumptions.link.capacityMtPerYear, `scenario ${stored.name} is half-written`).toBe(capacityOf(stored.name));
      const ack = acknowledged.get(id);
      if (ack) expect(stored.version).toBeGreaterThanOrEqual(ack.version);
    }
  }

  it(`keeps every acknowledged write and no half-written scenario across ${KILLS} kills`, async () => {
    for (let round = 0; round < KILLS; round += 1) {
      server = await startServer('pglite', { dataDir });
      await checkEverything(server.url);
      const controller = new AbortController();
      const writers = Array.from({ length: WRITERS }, () => writer(server!.url, controller.signal));
      const before = acknowledged.size;
      // Let writes flow for a while (at least a few acknowledged), then kill without warning.
      const deadline = Date.now() + 15_000;
      while (acknowledged.size < before + 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      await server.kill();
      controller.abort();
      await Promise.all(writers);
      expect(acknowledged.size, `round ${round}: no write was acknowledged before the kill`).toBeGreaterThan(before);
    }
    server = await startServer('pglite', { dataDir });
    await checkEverything(server.url);
  }, 600_000);
});
