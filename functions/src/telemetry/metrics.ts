import type { Meter } from '@opentelemetry/api';

export type Dependency = 'graph' | 'table';
export type ReminderOutcome = 'sent' | 'held' | 'undeliverable';

/** The product's counters; names are stable so dashboards and alerts can rely on them. */
export interface PeerMetrics {
  reminders(outcome: ReminderOutcome, count?: number): void;
  poolRound(): void;
  poolMatches(count: number): void;
  /** A 429 or 503 answer from a dependency (each attempt counts, retried or not). */
  throttled(dependency: Dependency, status: 429 | 503): void;
  /** Storage round trips one request made (recorded once per request). */
  storageRoundTrips(operation: string, count: number): void;
}

export const METRIC_NAMES = {
  reminders: 'peer.reminders',
  poolRounds: 'peer.pool.rounds',
  poolMatches: 'peer.pool.matches',
  throttled: 'peer.dependency.throttled',
  storageRoundTrips: 'peer.storage.round_trips',
} as const;

export function createPeerMetrics(meter: Meter): PeerMetrics {
  const reminders = meter.createCounter(METRIC_NAMES.reminders, { description: 'Reminders by outcome' });
  const rounds = meter.createCounter(METRIC_NAMES.poolRounds, { description: 'Pairing rounds run' });
  const matches = meter.createCounter(METRIC_NAMES.poolMatches, { description: 'Pairs made by pairing rounds' });
  const throttled = meter.createCounter(METRIC_NAMES.throttled, { description: '429 and 503 answers by dependency' });
  const roundTrips = meter.createHistogram(METRIC_NAMES.storageRoundTrips, {
    description: 'Storage round trips per API request',
    advice: { explicitBucketBoundaries: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32] },
  });
  return {
    reminders: (outcome, count = 1) => reminders.add(count, { 'peer.outcome': outcome }),
    poolRound: () => rounds.add(1),
    poolMatches: (count) => matches.add(count),
    throttled: (dependency, status) =>
      throttled.add(1, { 'peer.dependency': dependency, 'http.response.status_code': status }),
    storageRoundTrips: (operation, count) => roundTrips.record(count, { 'peer.operation': operation }),
  };
}
