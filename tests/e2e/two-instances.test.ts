// Two production servers on one PostgreSQL database (the way a team outgrows one machine, README
// "Scaling"): a write on one is seen by the other at once, and twenty writers spread over both
// at one version give exactly one success and nineteen conflicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAssumptions } from '../builders';
import { createPostgresDatabase } from '../support/postgres';
import { startServer, type RunningServer } from '../support/server';
import { testBackends } from '../support/databases';

const WRITERS = 20;

describe.runIf(testBackends().includes('postgres'))('two app servers on one PostgreSQL', () => {
  let a: RunningServer;
  let b: RunningServer;
  let drop: () => Promise<void>;

  const send = (server: RunningServer, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    // The first server migrates and seeds; the second finds both done.
    a = await startServer('postgres', { databaseUrl: database.url });
    b = await startServer('postgres', { databaseUrl: database.url });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await drop?.();
  });

  it('shows a scenario created on one server on the other at once, and its update and deletion too', async () => {
    const created = await send(a, '/api/scenarios', {
      method: 'POST',
      body: JSON.stringify({ name: 'Seen twice', assumptions: makeAssumptions() }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(((await (await send(b, `/api/scenarios/${id}`)).json()) as { name: string }).name).toBe('Seen twice');

    const csvBefore = await send(b, `/api/scenarios/${id}/report.csv`);
    const etag = csvBefore.headers.get('etag');
    expect(etag).toBeTruthy();
    const changed = makeAssumptions({ link: { capacityMtPerYear: 7 } });
    expect(
      (
        await send(b, `/api/scenarios/${id}`, {
          method: 'PUT',
          body: JSON.stringify({ version: 1, name: 'Renamed on B', assumptions: changed }),
        })
      ).status,
    ).toBe(200);
    const onA = (await (await send(a, `/api/scenarios/${id}`)).json()) as { name: string; version: number; assumptions: unknown };
    expect(onA).toMatchObject({ name: 'Renamed on B', version: 2, assumptions: changed });
    // A's cached report of version 1 is not served for version 2.
    const csvAfter = await send(a, `/api/scenarios/${id}/report.csv`, { headers: { 'if-none-match': etag! } });
    expect(csvAfter.status).toBe(200);
    expect(csvAfter.headers.get('etag')).not.toBe(etag);

    expect((await send(a, `/api/scenarios/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await send(b, `/api/scenarios/${id}`)).status).toBe(404);
  });

  it(`lets exactly one of ${WRITERS} writers spread over both servers win at one version`, async () => {
    const created = await send(a, '/api/scenarios', {
      method: 'POST',
      body: JSON.stringify({ name: 'Contested', assumptions: makeAssumptions() }),
    });
    const { id } = (await created.json()) as { id: string };
    const statuses = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        send(i % 2 === 0 ? a : b, `/api/scenarios/${id}`, {
          method: 'PUT',
          body: JSON.stringify({ version: 1, name: `Writer ${i}` }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
    const final = (await (await send(b, `/api/scenarios/${id}`)).json()) as { name: string; version: number };
    expect(final.version).toBe(2);
    expect(final.name).toBe(`Writer ${statuses.indexOf(200)}`);
  });
});
