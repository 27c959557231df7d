import type { Delivery } from '../../../shared/reminders/delivery-window';
import { notificationFor, teamsTabLink } from '../../../shared/reminders/reminder-notification';
import type { DueReminder } from '../../../shared/reminders/reminder-types';
import type { LedgerClaim } from '../ports/reminder-ledger';
import type { ReminderNotifier } from '../ports/reminder-notifier';
import { chunksOf, claimInGroups, type ClaimContext, type SendDelivery } from './reminder-claims';
import { createCoalescingQueue } from './coalescing-queue';
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

export interface SendContext extends ClaimContext {
  notifier: ReminderNotifier;
  pacer: Pacer;
  teamsAppId: string;
  /** Called with each relationship that still has something pending, and when to look again. */
  revisit(relationshipId: string, at: number): void;
  /** A hold written this pass, with its etag, for the relationship's due row to keep. */
  heldWritten(reminder: DueReminder, until: number, etag: string): void;
  /**
   * Relationships whose every reminder of this pass is settled (sent, held, skipped, undeliverable
   * or failed): their due rows can move on. A row whose sends are still out stays where it is, so a
   * pass that dies leaves it to be read again.
   */
  settled(relationshipIds: string[]): void;
}

const RETRY_FAILED_MS = 60 * 60_000;

/**
 * Holds, claims, sends in bulk (one call per kind and 100 recipients) and settles one tenant's
 * deliveries. Holds go in batch transactions at once; claims go group by group just ahead of the
 * calls, so the first call leaves after a few transactions; each call's settles run while the
 * pacer waits for the next call's slot.
 */
export async function sendDeliveries(deliveries: Delivery[], ctx: SendContext): Promise<SendCounts> {
  const counts: SendCounts = { sent: 0, held: 0, dropped: 0, undeliverable: 0, failed: 0, skipped: 0 };
  const open = new Map<string, number>();
  for (const d of deliveries)
    if (d.action !== 'drop') open.set(d.reminder.relationshipId, (open.get(d.reminder.relationshipId) ?? 0) + 1);
  const done = (reminders: readonly DueReminder[]) => {
    const ready: string[] = [];
    for (const { relationshipId: id } of reminders) {
      const left = (open.get(id) ?? 1) - 1;
      open.set(id, left);
      if (left === 0) ready.push(id);
    }
    if (ready.length > 0) ctx.settled(ready);
  };
  // Relationships whose reminders all lapsed move at once.
  const dropped = deliveries.filter((d) => d.action === 'drop');
  counts.dropped = dropped.length;
  ctx.settled([...new Set(dropped.map((d) => d.reminder.relationshipId))].filter((id) => !open.has(id)));

  const holds = deliveries.flatMap((d) => (d.action === 'hold' ? [{ d, until: d.until }] : []));
  const sends = deliveries.filter((d): d is SendDelivery => d.action === 'send');
  // Work started in the background is awaited before returning, and its first error thrown then.
  const background: Array<Promise<void>> = [];
  const errors: unknown[] = [];
  const track = (work: Promise<void>) => background.push(work.catch((error: unknown) => void errors.push(error)));

  const chunks = chunksOf(sends);
  const claimed = claimInGroups(chunks, ctx, {
    skipped: (d) => {
      counts.skipped += 1;
      done([d.reminder]);
    },
    heldOver: (d, until) => {
      counts.held += 1;
      ctx.revisit(d.reminder.relationshipId, until);
      done([d.reminder]);
    },
  });
  // Holds are written once the claims are in, so the claims the first calls wait for go first.
  track(
    (async () => {
      await Promise.allSettled(claimed);
      const etags = await ctx.ledger.holdAll(
        ctx.tenantId,
        holds.map(({ d, until }) => {
          const heldEtag = ctx.heldEtagOf(d.reminder);
          return { entry: { ...d.reminder, ...(heldEtag === undefined ? {} : { heldEtag }) }, until };
        }),
        ctx.now,
      );
      holds.forEach(({ d, until }, i) => {
        ctx.revisit(d.reminder.relationshipId, until);
        const etag = etags[i];
        if (etag !== null && etag !== undefined) ctx.heldWritten(d.reminder, until, etag);
      });
      counts.held += holds.length;
      done(holds.map(({ d }) => d.reminder));
    })(),
  );

  // Settles of every call go through one queue, so they coalesce instead of piling up.
  const settles = createCoalescingQueue<{ claim: LedgerClaim; state: 'sent' | 'undeliverable' | 'failed' }>(
    async (items) => {
      await ctx.ledger.settleAll(
        ctx.tenantId,
        items.map(({ claim, state }) => ({ claim, outcome: { state, now: ctx.now } })),
      );
      for (const { claim, state } of items) {
        if (state === 'failed') {
          await ctx.ledger.releaseDay(ctx.tenantId, claim.entry, claim.entry.day ?? '');
          ctx.revisit(claim.entry.relationshipId, ctx.now + RETRY_FAILED_MS);
        }
        counts[state] += 1;
      }
      done(items.map(({ claim }) => claim.entry));
    },
  );
  const settle = (claims: LedgerClaim[], state: 'sent' | 'undeliverable' | 'failed') =>
    settles.add(claims.map((claim) => ({ claim, state })));
  try {
    for (const group of claimed)
      for (const { kind, byRecipient } of await group) {
        const recipients = [...byRecipient.keys()];
        const claimsOf = (ids: string[]) => ids.flatMap((id) => byRecipient.get(id) ?? []);
        try {
          const result = await ctx.pacer.run(() => ctx.notifier.sendBulk(ctx.tenantId, bulkFor(kind, recipients, ctx)));
          const unreachable = new Set(result.undeliverable);
          settle(claimsOf(recipients.filter((id) => !unreachable.has(id))), 'sent');
          settle(claimsOf(recipients.filter((id) => unreachable.has(id))), 'undeliverable');
        } catch {
          // Throttled past the retries, or Graph refused: the claims fail now and are retried later.
          settle(claimsOf(recipients), 'failed');
        }
      }
  } finally {
    track(settles.finished());
    await Promise.all(background);
  }
  if (errors.length > 0) throw errors[0];
  return counts;
}

function bulkFor(kind: DueReminder['kind'], recipients: string[], ctx: SendContext) {
  const notification = notificationFor(kind);
  return {
    activityType: notification.activityType,
    topic: {
      source: 'text' as const,
      value: 'Peer 1:1s',
      webUrl: teamsTabLink(ctx.teamsAppId, notification.subEntityId),
    },
    previewText: { content: notification.previewText },
    templateParameters: Object.entries(notification.templateParameters).map(([name, value]) => ({ name, value })),
    recipients,
  };
}
