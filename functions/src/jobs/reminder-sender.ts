import type { Delivery } from '../../../shared/reminders/delivery-window';
import { nextWorkingDayStart } from '../../../shared/reminders/delivery-window';
import { notificationFor, teamsTabLink } from '../../../shared/reminders/reminder-notification';
import type { ReminderKind } from '../../../shared/reminders/reminder-types';
import type { WorkingCalendar } from '../../../shared/reminders/working-calendar';
import type { LedgerClaim, ReminderLedger } from '../ports/reminder-ledger';
import { MAX_RECIPIENTS_PER_CALL, type ReminderNotifier } from '../ports/reminder-notifier';
import type { Pacer } from './send-pacer';

export interface SendCounts {
  sent: number;
  held: number;
  dropped: number;
  undeliverable: number;
  failed: number;
  /** Already sent or claimed by another run: nothing to do. */
  skipped: number;
}

export interface SendContext {
  tenantId: string;
  now: number;
  ledger: ReminderLedger;
  notifier: ReminderNotifier;
  pacer: Pacer;
  teamsAppId: string;
  calendarOf(userId: string): WorkingCalendar;
  /** Called with each relationship that still has something pending, and when to look again. */
  revisit(relationshipId: string, at: number): void;
  /**
   * Called once every hold is known, before the first Graph call: later revisits come only from
   * failed sends. The job moves its due rows meanwhile, while the pacer waits.
   */
  beforeSending?(): void;
}

const RETRY_FAILED_MS = 60 * 60_000;

/**
 * Holds, claims, sends in bulk (one call per kind and 100 recipients) and settles one tenant's
 * deliveries. Ledger writes go in batch transactions; each chunk's settles run while the pacer
 * waits for the next call's slot.
 */
export async function sendDeliveries(deliveries: Delivery[], ctx: SendContext): Promise<SendCounts> {
  const counts: SendCounts = { sent: 0, held: 0, dropped: 0, undeliverable: 0, failed: 0, skipped: 0 };
  const holds: Array<{ entry: Delivery['reminder']; until: number }> = [];
  const wanted: Array<Extract<Delivery, { action: 'send' }>> = [];
  for (const d of deliveries) {
    if (d.action === 'drop') counts.dropped += 1;
    else if (d.action === 'hold') holds.push({ entry: d.reminder, until: d.until });
    else wanted.push(d);
  }
  await ctx.ledger.holdAll(ctx.tenantId, holds, ctx.now);
  for (const { entry, until } of holds) ctx.revisit(entry.relationshipId, until);
  counts.held += holds.length;

  const claimed = await ctx.ledger.claimAll(
    ctx.tenantId,
    wanted.map((d) => ({ ...d.reminder, day: d.day })),
    ctx.now,
  );
  const claims = new Map<ReminderKind, LedgerClaim[]>();
  await inParallel(
    wanted.map((d, i) => ({ d, claim: claimed[i] ?? null })),
    16,
    async ({ d, claim }) => {
      const { reminder } = d;
      if (claim === null) {
        counts.skipped += 1;
        return;
      }
      if (claim.dayClaimed !== true && !(await ctx.ledger.claimDay(ctx.tenantId, reminder, d.day))) {
        const until = nextWorkingDayStart(ctx.calendarOf(reminder.recipient), ctx.now);
        await ctx.ledger.settle(ctx.tenantId, claim, { state: 'held', now: ctx.now, holdUntil: until });
        ctx.revisit(reminder.relationshipId, until);
        counts.held += 1;
        return;
      }
      claims.set(reminder.kind, [...(claims.get(reminder.kind) ?? []), claim]);
    },
  );

  ctx.beforeSending?.();
  // Settles run in the background; a failure is kept (never left unhandled) and thrown at the end.
  const settling: Array<Promise<void>> = [];
  const settleErrors: unknown[] = [];
  const track = (work: Promise<void>) => settling.push(work.catch((error: unknown) => void settleErrors.push(error)));
  const settleAll = async (chunkClaims: LedgerClaim[], state: 'sent' | 'undeliverable' | 'failed') => {
    await ctx.ledger.settleAll(
      ctx.tenantId,
      chunkClaims.map((claim) => ({ claim, outcome: { state, now: ctx.now } })),
    );
    if (state === 'failed') {
      for (const c of chunkClaims) {
        await ctx.ledger.releaseDay(ctx.tenantId, c.entry, c.entry.day ?? '');
        ctx.revisit(c.entry.relationshipId, ctx.now + RETRY_FAILED_MS);
      }
    }
    counts[state] += chunkClaims.length;
  };
  for (const [kind, kindClaims] of claims) {
    // One notification per person and kind, however many relationships it covers.
    const byRecipient = new Map<string, LedgerClaim[]>();
    for (const c of kindClaims) byRecipient.set(c.entry.recipient, [...(byRecipient.get(c.entry.recipient) ?? []), c]);
    const recipients = [...byRecipient.keys()];
    const notification = notificationFor(kind);
    for (let i = 0; i < recipients.length; i += MAX_RECIPIENTS_PER_CALL) {
      const chunk = recipients.slice(i, i + MAX_RECIPIENTS_PER_CALL);
      const claimsOf = (ids: string[]) => ids.flatMap((id) => byRecipient.get(id) ?? []);
      try {
        const result = await ctx.pacer.run(() =>
          ctx.notifier.sendBulk(ctx.tenantId, {
            activityType: notification.activityType,
            topic: {
              source: 'text',
              value: 'Peer 1:1s',
              webUrl: teamsTabLink(ctx.teamsAppId, notification.subEntityId),
            },
            previewText: { content: notification.previewText },
            templateParameters: Object.entries(notification.templateParameters).map(([name, value]) => ({
              name,
              value,
            })),
            recipients: chunk,
          }),
        );
        const unreachable = new Set(result.undeliverable);
        track(settleAll(claimsOf(chunk.filter((id) => !unreachable.has(id))), 'sent'));
        track(settleAll(claimsOf(chunk.filter((id) => unreachable.has(id))), 'undeliverable'));
      } catch {
        // Throttled past the retries, or Graph refused: the claims fail now and are retried later.
        track(settleAll(claimsOf(chunk), 'failed'));
      }
    }
  }
  await Promise.all(settling);
  if (settleErrors.length > 0) throw settleErrors[0];
  return counts;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
