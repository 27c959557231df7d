import { LRUCache } from 'lru-cache';
import { AppError } from '../../../shared/errors/app-error';

/**
 * A token bucket per caller, in this instance's memory. It smooths bursts from one user (a stuck
 * retry loop, a script) so they cannot starve others on the same instance. Fleet-wide limits
 * across instances belong to the gateway (API Management `rate-limit-by-key`), not here.
 */
export interface TokenBucketOptions {
  /** Writes a caller may make in a burst (default 30). */
  capacity?: number;
  /** Time to refill an empty bucket completely (default 10 s): 30 writes / 10 s. */
  refillMs?: number;
  /** Callers tracked at once; the least recently seen is forgotten (starts full again). */
  maxCallers?: number;
  /** Epoch milliseconds, injected for tests. */
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createTokenBucket(options: TokenBucketOptions = {}) {
  const capacity = options.capacity ?? 30;
  const refillMs = options.refillMs ?? 10_000;
  const perMs = capacity / refillMs;
  const now = options.now ?? Date.now;
  const buckets = new LRUCache<string, Bucket>({ max: options.maxCallers ?? 10_000 });

  return {
    /** Takes `cost` tokens for `key` (e.g. `${tenantId}:${userId}`), or says how long to wait. */
    take(key: string, cost = 1): RateDecision {
      const t = now();
      const previous = buckets.get(key);
      const elapsed = previous ? Math.max(0, t - previous.at) : 0;
      const tokens = previous ? Math.min(capacity, previous.tokens + elapsed * perMs) : capacity;
      if (tokens >= cost) {
        buckets.set(key, { tokens: tokens - cost, at: t });
        return { allowed: true, remaining: Math.floor(tokens - cost) };
      }
      buckets.set(key, { tokens, at: t });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
export type TokenBucket = ReturnType<typeof createTokenBucket>;

/** The refusal the pipeline throws for a denied write: 429 with Retry-After via the AppError map. */
export function rateLimitedError(decision: { retryAfterSeconds: number }): AppError {
  return new AppError('rate-limited', 'Too many changes in a short time; wait a moment and try again.', {
    retryAfterSeconds: decision.retryAfterSeconds,
  });
}
