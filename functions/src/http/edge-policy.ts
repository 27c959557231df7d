import type { Caller } from '../auth/caller';
import type { ApiConfig } from '../config/api-config';
import { createTokenBucket, rateLimitedError, WRITE_METHODS, type TokenBucket } from '../limits/token-bucket';

/** What the pipeline enforces besides the contract: the write bucket and the allowed web origins. */
export interface EdgePolicy {
  writeLimiter?: TokenBucket;
  webOrigins: ReadonlySet<string>;
}

export function edgePolicyFor(config: ApiConfig, now?: () => number): EdgePolicy {
  const writes = config.limits?.writes;
  return {
    ...(writes
      ? {
          writeLimiter: createTokenBucket({
            capacity: writes.capacity,
            refillMs: writes.refillMs,
            ...(now ? { now } : {}),
          }),
        }
      : {}),
    webOrigins: new Set(config.webOrigins ?? []),
  };
}

/** Takes one write token for the caller, or throws 429 with Retry-After. Reads are never limited. */
export function limitWrites(policy: EdgePolicy | undefined, method: string, caller: Caller): void {
  if (!policy?.writeLimiter || !WRITE_METHODS.has(method)) return;
  const decision = policy.writeLimiter.take(`${caller.tenantId}:${caller.userId}`);
  if (!decision.allowed) throw rateLimitedError(decision);
}
