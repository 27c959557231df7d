import { ThrottledError } from '../ports/reminder-notifier';

export interface Pacer {
  /** Runs `call` no sooner than the rate allows; a 429 waits Retry-After and tries again. */
  run<T>(call: () => Promise<T>): Promise<T>;
  /** Calls made, retries included (the benchmark's Graph request count). */
  readonly calls: number;
  readonly throttled: number;
}

export interface PacerOptions {
  /** Requests per second for one tenant (Graph's bulk limit is 2/s; the single one 5/s). */
  perSecond: number;
  /** How many 429s in a row before giving up (the reminder is then retried on the next pass). */
  maxRetries: number;
  wait: (ms: number) => Promise<void>;
  now: () => number;
}

export const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One tenant's sends, one at a time, spaced so the tenant stays under its Graph rate. Graph counts
 * requests in a sliding second as they arrive, somewhere between a call's start and its answer, so
 * spacing starts alone lets two calls land closer than the gap (and cost a 429 and a one-second
 * Retry-After). A call therefore also waits a full second after the answer to the call `perSecond`
 * places before it.
 */
export function createPacer(options: PacerOptions): Pacer {
  const gap = 1000 / options.perSecond;
  const window = Math.max(1, Math.floor(options.perSecond));
  const answeredAt: number[] = [];
  let nextAt = 0;
  let calls = 0;
  let throttled = 0;
  const slot = async () => {
    const windowFree = answeredAt.length >= window ? answeredAt[answeredAt.length - window]! + 1000 : 0;
    const at = Math.max(nextAt, windowFree);
    const now = options.now();
    if (at > now) await options.wait(at - now);
    nextAt = Math.max(options.now(), nextAt) + gap;
  };
  return {
    get calls() {
      return calls;
    },
    get throttled() {
      return throttled;
    },
    async run(call) {
      for (let attempt = 0; ; attempt++) {
        await slot();
        calls += 1;
        try {
          return await call();
        } catch (error) {
          if (!(error instanceof ThrottledError) || attempt >= options.maxRetries) throw error;
          throttled += 1;
          nextAt = Math.max(nextAt, options.now() + error.retryAfterMs);
        } finally {
          answeredAt.push(options.now());
          if (answeredAt.length > window) answeredAt.shift();
        }
      }
    },
  };
}
