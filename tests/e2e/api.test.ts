// The HTTP API of DESIGN.md, exercised over real HTTP against the production build,
// once on the embedded PGlite and once on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { testBackends } from '../support/databases';
import { startServer, type RunningServer } from '../support/server';

interface ErrorBody {
  error: string;
  issues: { path: string; message: string }[];
}

describe.each(testBackends())('HTTP API on %s', (kind) => {
  let server: RunningServer;
  const api = (path: string, init?: RequestInit) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  const listIds = async () => ((await (await api('/api/scenarios')).json()) as { id: string }[]).map((s) => s.id);

  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('says which database it uses', async () => {
    const response = await api('/api/health');
    expect(await response.json()).toEqual({ status: 'ok', database: kind });
  });

  it('serves the catalog with sources', async () => {
    const catalog = (await (await api('/api/catalog')).json()) as {
      basins: { source: string }[];
      routes: { name: string }[];
      iceObservations: { year: number }[];
    };
    expect(catalog.basins.length).toBeGreaterThanOrEqual(12);
    expect(catalog.basins.every((b) => b.source.length > 0)).toBe(true);
    expect(catalog.iceObservations).toHaveLength(46);
  });

  it('lists the presets first', async () => {
    expect((await listIds()).slice(0, PRESETS.length)).toEqual(PRESETS.map((p) => p.id));
  });

  it('creates, reads, updates with optimistic concurrency, and deletes a scenario', async () => {
    const created = await api('/api/scenarios', {
      method: 'POST',
      body: JSON.stringify({ name: 'API case', assumptions: DEFAULT_ASSUMPTIONS }),
    });
    expect(created.status).toBe(201);
    const record = (await created.json()) as { id: string; version: number };
    expect(record.version).toBe(1);

    const read = await api(`/api/scenarios/${record.id}`);
    expect(((await read.json()) as { assumptions: unknown }).assumptions).toEqual(DEFAULT_ASSUMPTIONS);

    const renamed = await api(`/api/scenarios/${record.id}`, { method: 'PUT', body: JSON.stringify({ version: 1, name: 'API case 2' }) });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { version: number }).version).toBe(2);

    const stale = await api(`/api/scenarios/${record.id}`, { method: 'PUT', body: JSON.stringify({ version: 1, name: 'lost' }) });
    expect(stale.status).toBe(409);
    expect(((await (await api(`/api/scenarios/${record.id}`)).json()) as { name: string }).name).toBe('API case 2');

    expect((await api(`/api/scenarios/${record.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/api/scenarios/${record.id}`)).status).toBe(404);
  });

  it.each([
    ['a body that is not JSON', '{not json', '(body)'],
    ['a missing name', JSON.stringify({ assumptions: DEFAULT_ASSUMPTIONS }), 'name'],
    [
      'an unknown pathway',
      JSON.stringify({ name: 'x', assumptions: { ...DEFAULT_ASSUMPTIONS, ice: { pathway: 'SSP9', iceFreeYear: 2050 } } }),
      'assumptions.ice.pathway',
    ],
    [
      'a negative carbon price',
      JSON.stringify({
        name: 'x',
        assumptions: { ...DEFAULT_ASSUMPTIONS, markets: { ...DEFAULT_ASSUMPTIONS.markets, carbonPriceUsdPerTonne: -5 } },
      }),
      'assumptions.markets.carbonPriceUsdPerTonne',
    ],
  ])('answers %s with 400 naming the field and stores nothing', async (_label, body, path) => {
    const before = await listIds();
    const response = await api('/api/scenarios', { method: 'POST', body });
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(error.error).toEqual(expect.any(String));
    expect(error.issues.map((i) => i.path)).toContain(path);
    expect(await listIds()).toEqual(before);
  });

  it('refuses to change or delete a preset', async () => {
    const id = PRESETS[0]!.id;
    expect((await api(`/api/scenarios/${id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await api(`/api/scenarios/${id}`, { method: 'PUT', body: JSON.stringify({ version: 1, name: 'x' }) })).status).toBe(403);
    expect(await listIds()).toContain(id);
  });

  it('answers an unknown scenario with 404 in the error shape', async () => {
    const response = await api('/api/scenarios/does-not-exist');
    expect(response.status).toBe(404);
    expect((await response.json()) as ErrorBody).toMatchObject({ error: expect.stringContaining('does-not-exist'), issues: [] });
  });
});
