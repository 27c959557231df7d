import type { TenantData, TenantUser } from './tenant-schema';

// The live, mutable state of a running demo tenant.

export interface OutboxEntry {
  recipientId: string;
  senderId: string;
  sentDateTime: string;
  topic: unknown;
  activityType: string;
  previewText: unknown;
  templateParameters: unknown;
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
}

export function createState(data: TenantData, now: () => Date): TenantState {
  return { data, now, baseUrl: '', outbox: [], stats: { total: 0, byRoute: {} }, transactions: new Map() };
}

export function findUser(data: TenantData, idOrMail: string): TenantUser | undefined {
  const key = idOrMail.toLowerCase();
  return data.users.find((u) => u.id.toLowerCase() === key || u.mail.toLowerCase() === key);
}

export function countRoute(stats: RouteStats, route: string): void {
  stats.total++;
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
}
