import type { TenantData, TenantUser } from './tenant-schema';
import {
  BULK_NOTIFICATIONS_PER_SECOND,
  SINGLE_NOTIFICATIONS_PER_SECOND,
  createRateLimit,
  type RateLimit,
} from './rate-limit';

// The live, mutable state of a running demo tenant.

export interface OutboxEntry {
  recipientId: string;
  /** The signed-in sender, or the app's client id for app-only sends. */
  senderId: string;
  sentDateTime: string;
  topic: unknown;
  activityType: string;
  previewText: unknown;
  templateParameters: unknown;
  /** `single`: sendActivityNotification; `bulk`: sendActivityNotificationToRecipients. */
  mode: 'single' | 'bulk';
  senderType: 'user' | 'app';
  /** `undeliverable` when the recipient has not installed the app or does not exist. */
  delivery: 'delivered' | 'undeliverable';
  reason?: 'appNotInstalled' | 'recipientNotFound';
  chainId?: number;
}

export interface RouteStats {
  total: number;
  byRoute: Record<string, number>;
}

export interface TenantState {
  data: TenantData;
  now: () => Date;
  /** e.g. http://127.0.0.1:7072 (set once listening). */
  baseUrl: string;
  outbox: OutboxEntry[];
  stats: RouteStats;
  /** `${userId}\u0000${transactionId}` → event id, for idempotent POST /me/events. */
  transactions: Map<string, string>;
  notificationLimits: { single: RateLimit; bulk: RateLimit };
}

export function createState(
  data: TenantData,
  now: () => Date,
  monotonicMs: () => number = () => performance.now(),
): TenantState {
  return {
    data,
    now,
    baseUrl: '',
    outbox: [],
    stats: { total: 0, byRoute: {} },
    transactions: new Map(),
    notificationLimits: {
      single: createRateLimit(SINGLE_NOTIFICATIONS_PER_SECOND, monotonicMs),
      bulk: createRateLimit(BULK_NOTIFICATIONS_PER_SECOND, monotonicMs),
    },
  };
}

// By id and mail, lower-cased, built once per users list: a scan per lookup made a bulk send to a
// tenant of 100,000 people (the reminders benchmark) take minutes.
const userIndexes = new WeakMap<readonly TenantUser[], { size: number; byKey: Map<string, TenantUser> }>();

export function findUser(data: TenantData, idOrMail: string): TenantUser | undefined {
  let index = userIndexes.get(data.users);
  if (index === undefined || index.size !== data.users.length) {
    const byKey = new Map<string, TenantUser>();
    for (const u of data.users) {
      for (const key of [u.id.toLowerCase(), u.mail.toLowerCase()]) if (!byKey.has(key)) byKey.set(key, u);
    }
    index = { size: data.users.length, byKey };
    userIndexes.set(data.users, index);
  }
  return index.byKey.get(idOrMail.toLowerCase());
}

export function countRoute(stats: RouteStats, route: string): void {
  stats.total++;
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
}
