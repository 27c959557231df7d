import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../functions/src/jobs/send-pacer';
import { ThrottledError } from '../../../functions/src/ports/reminder-notifier';

/** A pacer on a fake clock; each call takes `callMs` and records when it started and answered. */
function pacedCalls(callMs: number) {
  let now = 0;
  const starts: number[] = [];
  const answers: number[] = [];
  const pacer = createPacer({
    perSecond: 2,
    maxRetries: 2,
    now: () => now,
    wait: async (ms) => {
      now += ms;
    },
  });
  const call = async (outcome: () => void = () => undefined) => {
    starts.push(now);
    now += callMs;
    answers.push(now);
    outcome();
  };
  return { pacer, call, starts, answers, advance: (ms: number) => (now += ms) };
}

describe('the reminders send pacer', () => {
  it('spaces instant calls at the rate: two a second', async () => {
    const { pacer, call, starts } = pacedCalls(0);
    for (let i = 0; i < 5; i++) await pacer.run(() => call());
    expect(starts).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('waits a second after the answer two calls back, so slow calls never land three in one second', async () => {
    const { pacer, call, starts, answers } = pacedCalls(300);
    for (let i = 0; i < 5; i++) await pacer.run(() => call());
    expect(starts).toEqual([0, 500, 1300, 1800, 2600]);
    // Graph sees each request somewhere between its start and its answer: the third after any
    // request starts more than a second after that one was answered.
    for (let i = 2; i < starts.length; i++) expect(starts[i]! - answers[i - 2]!).toBeGreaterThanOrEqual(1000);
  });

  it('after a 429 waits its Retry-After before trying again, and counts both calls', async () => {
    const { pacer, call, starts } = pacedCalls(0);
    let first = true;
    await pacer.run(() =>
      call(() => {
        if (first) {
          first = false;
          throw new ThrottledError(3000);
        }
      }),
    );
    expect(starts).toEqual([0, 3000]);
    expect(pacer.calls).toBe(2);
    expect(pacer.throttled).toBe(1);
  });
});
