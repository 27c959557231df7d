// A sliding one-second window per limit, on a monotonic clock: Graph's notification limits are
// about real request rates, so they hold even when the tenant's calendar clock is pinned.

export interface RateLimit {
  /** Counts the request; returns the seconds to wait when it is over the limit (it is then not counted). */
  take(): number | undefined;
}

export function createRateLimit(perSecond: number, monotonicMs: () => number): RateLimit {
  const recent: number[] = [];
  return {
    take() {
      const now = monotonicMs();
      while (recent.length > 0 && (recent[0] ?? 0) <= now - 1000) recent.shift();
      if (recent.length >= perSecond) return Math.max(1, Math.ceil(((recent[0] ?? now) + 1000 - now) / 1000));
      recent.push(now);
      return undefined;
    },
  };
}

/** Graph's documented limits for Teams activity notifications, per app and tenant. */
export const SINGLE_NOTIFICATIONS_PER_SECOND = 5;
export const BULK_NOTIFICATIONS_PER_SECOND = 2;
export const MAX_BULK_RECIPIENTS = 100;
