import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';

describe('readEnv', () => {
  it('trusts one reverse proxy in X-Forwarded-For unless told otherwise', () => {
    expect(readEnv({}).TRUSTED_PROXY_HOPS).toBe(1);
    expect(readEnv({ TRUSTED_PROXY_HOPS: '' }).TRUSTED_PROXY_HOPS).toBe(1);
  });

  it.each([
    ['0', 0],
    ['2', 2],
  ])('reads TRUSTED_PROXY_HOPS=%s', (value, hops) => {
    expect(readEnv({ TRUSTED_PROXY_HOPS: value }).TRUSTED_PROXY_HOPS).toBe(hops);
  });

  it.each(['-1', '1.5', 'two', '11'])('refuses TRUSTED_PROXY_HOPS=%s, naming the variable', (value) => {
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
