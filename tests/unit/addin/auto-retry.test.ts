import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../../addin/src/api/api-client';
import { autoRetryDelayMs, MAX_AUTO_RETRIES } from '../../../addin/src/features/problems/auto-retry';

const problem = (status: number, code: string, retryAfter?: number) =>
  new ApiProblem({ type: 'about:blank', title: 't', status, code }, null, retryAfter);

describe('which failures an action re-sends by itself', () => {
  it('waits out a busy dependency or a rate limit for the Retry-After it named', () => {
    expect(autoRetryDelayMs(problem(503, 'dependency-unavailable', 5), 0)).toBe(5_000);
    expect(autoRetryDelayMs(problem(429, 'rate-limited', 2), 1)).toBe(2_000);
  });

  it('waits at least 1 s and at most 30 s', () => {
    expect(autoRetryDelayMs(problem(503, 'dependency-unavailable', 0), 0)).toBe(1_000);
    expect(autoRetryDelayMs(problem(503, 'dependency-unavailable', 3600), 0)).toBe(30_000);
  });

  it(`gives up after ${MAX_AUTO_RETRIES} re-sends, and never re-sends other failures or a 503 without Retry-After`, () => {
    expect(autoRetryDelayMs(problem(503, 'dependency-unavailable', 5), MAX_AUTO_RETRIES)).toBeUndefined();
    expect(autoRetryDelayMs(problem(503, 'dependency-unavailable'), 0)).toBeUndefined();
    expect(autoRetryDelayMs(problem(412, 'precondition-failed', 5), 0)).toBeUndefined();
    expect(autoRetryDelayMs(problem(500, 'internal', 5), 0)).toBeUndefined();
    expect(autoRetryDelayMs(problem(409, 'limit-reached', 5), 0)).toBeUndefined();
  });
});
