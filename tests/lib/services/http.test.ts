import { describe, expect, it } from 'vitest';
import { guarded, JSON_BODY_LIMIT_BYTES, readJsonBody } from '@/lib/services/http';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/run', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

async function errorOf(result: Awaited<ReturnType<typeof readJsonBody>>) {
  if (result.ok) throw new Error('expected a failure');
  return { status: result.response.status, body: (await result.response.json()) as { error: string; issues: { path: string }[] } };
}

describe('readJsonBody', () => {
  it('reads a JSON body', async () => {
    expect(await readJsonBody(post('{"a":[1,2]}'))).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('answers a body over the limit with 413 naming the body', async () => {
    const { status, body } = await errorOf(await readJsonBody(post(`"${'x'.repeat(JSON_BODY_LIMIT_BYTES)}"`)));
    expect(status).toBe(413);
    expect(body.issues[0]?.path).toBe('(body)');
  });

  it('stops at the limit even when the length header lies', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const { status } = await errorOf(await readJsonBody(post(stream)));
    expect(status).toBe(413);
  });

  it('answers bytes that are not UTF-8 with 400', async () => {
    const { status, body } = await errorOf(await readJsonBody(post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))));
    expect(status).toBe(400);
    expect(body.error).toMatch(/UTF-8/);
  });

  it('answers text that is not JSON with 400', async () => {
    const { status, body } = await errorOf(await readJsonBody(post('{"a":')));
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ path: '(body)', message: 'is not valid JSON' }]);
  });
});

describe('guarded', () => {
  it('answers an unreachable database with 503, a plain message and Retry-After', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const response = await guarded(async () => {
      throw new Error('Failed query: select 1', { cause: refused });
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: 'the database is unreachable; try again in a few seconds', issues: [] });
  });

  it('answers a bug with a plain 500 and no stack trace', async () => {
    const response = await guarded(async () => {
      throw new TypeError('x is undefined');
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('TypeError');
    expect(text).not.toContain('at ');
  });
});
