import { describe, expect, it } from 'vitest';
import { createTokenBucket, rateLimitedError, WRITE_METHODS } from '../../../functions/src/limits/token-bucket';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('per-caller token bucket', () => {
  it('allows a burst of 30 writes, then refuses the 31st with a retry-after', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now });
    for (let i = 0; i < 30; i += 1) expect(bucket.take('t:alice')).toMatchObject({ allowed: true });
    expect(bucket.take('t:alice')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at 3 writes a second (30 per 10 s)', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now });
    for (let i = 0; i < 30; i += 1) bucket.take('t:alice');
    c.advance(1_000);
    const allowed = Array.from({ length: 5 }, () => bucket.take('t:alice').allowed).filter(Boolean);
    expect(allowed).toHaveLength(3);
    c.advance(10_000);
    expect(bucket.take('t:alice')).toEqual({ allowed: true, remaining: 29 });
  });

  it('keeps callers apart: one user at the limit does not slow another', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now });
    for (let i = 0; i < 31; i += 1) bucket.take('t:alice');
    expect(bucket.take('t:bob')).toMatchObject({ allowed: true });
  });

  it('says how long a large request must wait', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now, capacity: 10, refillMs: 10_000 });
    for (let i = 0; i < 10; i += 1) bucket.take('k');
    expect(bucket.take('k', 5)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    c.advance(4_999);
    expect(bucket.take('k', 5).allowed).toBe(false);
    c.advance(1);
    expect(bucket.take('k', 5).allowed).toBe(true);
  });

  it('a clock that steps back never grants extra writes', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now, capacity: 2 });
    bucket.take('k');
    bucket.take('k');
    c.advance(-60_000);
    expect(bucket.take('k').allowed).toBe(false);
  });

  it('holds at most maxCallers buckets however many callers arrive', () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now, maxCallers: 100 });
    for (let i = 0; i < 5_000; i += 1) bucket.take(`t:user-${i}`);
    expect(bucket.size()).toBe(100);
  });

  it('gives the pipeline a rate-limited AppError carrying Retry-After, for write methods only', () => {
    expect(rateLimitedError({ retryAfterSeconds: 4 })).toMatchObject({
      code: 'rate-limited',
      details: { retryAfterSeconds: 4 },
    });
    expect([...WRITE_METHODS].sort()).toEqual(['DELETE', 'PATCH', 'POST', 'PUT']);
  });
});
