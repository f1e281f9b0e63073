// Hostile requests against every API route and every server action of the production build, as an
// outside client would send them: never a 5xx, never a stack trace, always a 4xx in the error shape
// naming the field, and the stored scenarios unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { postAction } from '../support/actions';
import { HOSTILE_BODIES, hostileLeaf, withValueAt } from '../support/hostile';
import { startServer, type RunningServer } from '../support/server';

interface ErrorBody {
  error: string;
  issues: { path: string; message: string }[];
}

/** Signs of a leaked stack trace or internal detail. */
const LEAKS = /\bat .+:\d+|\.tsx?:\d+|node_modules|TypeError|ReferenceError|SyntaxError: /;

describe('hostile requests against the production build', () => {
  let server: RunningServer;
  let targetId: string;

  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const snapshot = async () => {
    const list = await (await send('/api/scenarios')).text();
    const file = (await (await send('/api/scenarios/export')).json()) as { scenarios: unknown[] };
    return JSON.stringify([list, file.scenarios]);
  };
  async function expectRefusal(response: Response, label: string): Promise<ErrorBody> {
    const text = await response.text();
    expect(response.status, `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(response.status, label).toBeLessThan(500);
    expect(text, label).not.toMatch(LEAKS);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error, label).toEqual(expect.any(String));
    expect(body.issues.length, label).toBeGreaterThan(0);
    for (const issue of body.issues) expect(issue.path.length, label).toBeGreaterThan(0);
    return body;
  }

  const writeRoutes = () => [
    { label: 'POST /api/scenarios', path: '/api/scenarios', method: 'POST' },
    { label: 'PUT /api/scenarios/{id}', path: `/api/scenarios/${targetId}`, method: 'PUT' },
    { label: 'POST /api/run', path: '/api/run', method: 'POST' },
    { label: 'POST /api/scenarios/import', path: '/api/scenarios/import', method: 'POST' },
  ];

  beforeAll(async () => {
    server = await startServer('pglite');
    const created = await send('/api/scenarios', {
      method: 'POST',
      body: JSON.stringify({ name: 'Target', assumptions: DEFAULT_ASSUMPTIONS }),
    });
    targetId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses every hand-written hostile body on every route that reads one, changing nothing', async () => {
    const before = await snapshot();
    for (const route of writeRoutes()) {
      for (const { label, body } of HOSTILE_BODIES) {
        await expectRefusal(await send(route.path, { method: route.method, body }), `${route.label} with ${label}`);
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it('answers a body over the limit with 413, and a 2 MB import too', async () => {
    const big = JSON.stringify({ name: 'x', description: 'y'.repeat(70 * 1024), assumptions: DEFAULT_ASSUMPTIONS });
    expect((await send('/api/scenarios', { method: 'POST', body: big })).status).toBe(413);
    expect((await send('/api/scenarios/import', { method: 'POST', body: ' '.repeat(2 * 1024 * 1024) })).status).toBe(413);
  });

  it('refuses hostile values in any field over HTTP, naming the field (property)', async () => {
    const before = await snapshot();
    // JSON has no NaN or Infinity (they become null); the service tests cover those.
    const survivesJson = hostileLeaf.filter(({ value }) => JSON.stringify(value) !== 'null' && JSON.stringify(value) !== undefined);
    await fc.assert(
      fc.asyncProperty(survivesJson, async ({ path, value }) => {
        const assumptions = withValueAt(DEFAULT_ASSUMPTIONS, path, value);
        const created = await expectRefusal(
          await send('/api/scenarios', { method: 'POST', body: JSON.stringify({ name: 'x', assumptions }) }),
          path.join('.'),
        );
        expect(created.issues.map((i) => i.path)).toContain(`assumptions.${path.join('.')}`);
        const run = await expectRefusal(await send('/api/run', { method: 'POST', body: JSON.stringify(assumptions) }), path.join('.'));
        expect(run.issues.map((i) => i.path)).toContain(path.join('.'));
      }),
      { numRuns: 25 },
    );
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ['an id with SQL', "/api/scenarios/'%3B%20drop%20table%20scenarios%3B--"],
    ['an id with a path', '/api/scenarios/..%2F..%2Fetc%2Fpasswd/results'],
    ['an overlong id', `/api/scenarios/${'a'.repeat(3000)}/report.csv`],
    ['a bad report format', `/api/scenarios/${PRESETS[0]!.id}/report.csv?format=%3Cscript%3E`],
    ['bad comparison ids', '/api/compare.csv?ids=%27%3B--,%3Cb%3E'],
    ['too many comparison ids', '/api/compare.csv?ids=a,b,c,d,e'],
  ])('answers %s with a 4xx in the error shape', async (_label, path) => {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(LEAKS);
    expect(JSON.parse(text)).toMatchObject({ error: expect.any(String), issues: expect.any(Array) });
  });

  /** Argument lists each action must refuse, besides the hand-written bodies. */
  const actionCases = (): [string, unknown[][]][] => [
    [
      'saveScenarioAction',
      [
        [{ nested: [[[[1]]]] }, 12, null],
        [{ name: 'x', assumptions: { ...DEFAULT_ASSUMPTIONS, horizonYear: '$Infinity' } }],
        [{ name: '$NaN' }],
      ],
    ],
    [
      'updateScenarioAction',
      [
        [targetId, { version: '$NaN', name: 'x' }],
        [PRESETS[0]!.id, { version: 1, name: 'changed' }],
        ["'; drop table scenarios; --", { version: 1e308, name: '<script>' }],
      ],
    ],
    [
      'duplicateScenarioAction',
      [
        [targetId, { not: 'a name' }],
        [targetId, 'n'.repeat(500)],
        ["'; drop table scenarios; --", 'x'],
      ],
    ],
    ['deleteScenarioAction', [[PRESETS[0]!.id], ["'; drop table scenarios; --"], [{ id: targetId }]]],
  ];

  it.each(['saveScenarioAction', 'updateScenarioAction', 'duplicateScenarioAction', 'deleteScenarioAction'])(
    'server action %s refuses hostile bodies without a 5xx and changes nothing',
    async (name) => {
      const before = await snapshot();
      const argumentLists = actionCases().find(([n]) => n === name)![1];
      const bodies = [
        ...HOSTILE_BODIES,
        ...argumentLists.map((args) => ({ label: JSON.stringify(args).slice(0, 80), body: JSON.stringify(args) })),
      ];
      for (const { label, body } of bodies) {
        const { status, text } = await postAction(server.url, name, body);
        expect(status, `${name} with ${label}: ${text.slice(0, 200)}`).toBeLessThan(500);
        expect(text, label).not.toMatch(LEAKS);
        if (status === 200) expect(text, label).toContain('"ok":false');
      }
      expect(await snapshot()).toBe(before);
    },
  );

  it('escapes markup in names on the pages', async () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await send('/api/scenarios', { method: 'POST', body: JSON.stringify({ name, assumptions: DEFAULT_ASSUMPTIONS }) });
    const { id } = (await created.json()) as { id: string };
    for (const path of ['/scenarios', `/scenarios/${id}`]) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      expect(html).not.toContain('<script>alert("x")');
      expect(html).not.toContain('<img src=x onerror');
    }
    await send(`/api/scenarios/${id}`, { method: 'DELETE' });
  });
});
