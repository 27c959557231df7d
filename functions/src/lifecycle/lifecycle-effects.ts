import type { Caller } from '../auth/caller';
import type { CalendarEvents, Mailbox } from '../ports/calendar-events';
import type { Clock } from '../ports/clock';
import type { Activity, Notifier } from '../ports/notifier';
import { StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import type { createSeriesBooking } from './book-series-effect';
import type { LifecycleOutbox } from './lifecycle-outbox';
import { MAX_EFFECT_ATTEMPTS, type OutboxEffect, type OutboxEntry } from './outbox-entry';

/** How long a claimed effect is left to the worker that claimed it before another may retry it. */
const CLAIM_MS = 60_000;

export interface EffectsSummary {
  applied: number;
  failed: number;
  needsAttention: number;
}

/** Applies outbox entries through Graph and marks each done, claimed first so two workers never both act. */
export interface LifecycleEffects {
  /** Right after a transition's write: its pending effects, now. Never throws; failures stay pending. */
  applyFor(tenantId: string, relationshipId: string, caller?: Caller): Promise<EffectsSummary>;
  /** The `lifecycle-effects` job: every pending effect, retried until done or needing attention. */
  runPending(): Promise<EffectsSummary>;
}

export function createLifecycleEffects(deps: {
  outbox: LifecycleOutbox;
  /** Calendar writes with an app-only token: the organiser's series may be ended by either peer. */
  events: CalendarEvents;
  /** Delegated: a notification from the caller, sent in their request. */
  notifier: Notifier;
  /** App-only: notifications retried by the job, when no caller is there. */
  appNotifier: Notifier;
  /** The app's own identity in a tenant, for app-only Graph calls. */
  appCaller: (tenantId: string) => Caller;
  clock: Clock;
  tabLink: string;
  /** Books a series both people agreed to (see book-series-effect.ts). */
  book: ReturnType<typeof createSeriesBooking>;
}): LifecycleEffects {
  const { outbox, events, notifier, clock } = deps;

  const activityFor = (effect: Extract<OutboxEffect, { type: 'notification' }>): Activity => {
    const actor = effect.actorName;
    const { kind } = effect.notification;
    const text =
      kind === 'invited'
        ? `${actor} would like a peer 1:1 with you every ${effect.cadenceWeeks} weeks`
        : kind === 'accepted'
          ? `${actor} accepted your peer 1:1 invitation`
          : `${actor} proposed meeting every ${effect.cadenceWeeks} weeks instead`;
    const type = kind === 'invited' ? 'peerInvitation' : kind === 'accepted' ? 'peerAccepted' : 'peerProposed';
    return { type, previewText: text, templateParameters: { actor }, deepLink: deps.tabLink };
  };

  async function perform(entry: OutboxEntry, caller: Caller | undefined) {
    const { effect } = entry;
    if (effect.type === 'notification') {
      const activity = activityFor(effect);
      if (caller && caller.userId === effect.notification.from) {
        await notifier.notify(caller, effect.notification.to, activity);
      } else {
        const sent = await deps.appNotifier.sendBulk(
          deps.appCaller(entry.tenantId),
          [effect.notification.to],
          activity,
        );
        if (sent.accepted.length === 0) throw new Error('notification deferred');
      }
      return;
    }
    const mailbox = (userId: string): Mailbox => ({ as: deps.appCaller(entry.tenantId), userId });
    if (effect.type === 'book-series') {
      await deps.book({ ...entry, effect }, mailbox);
      return;
    }
    const c = effect.effect;
    switch (c.kind) {
      case 'cancel-series':
        await events.endSeriesFrom(mailbox(c.series.organizer), effect.eventId, new Date(c.from));
        return;
      case 'replace-series':
        await events.endSeriesFrom(mailbox(c.previous.organizer), effect.eventId, new Date(c.from));
        return;
      case 'cancel-occurrences':
        await events.cancelOccurrencesBetween(mailbox(c.series.organizer), effect.eventId, {
          start: new Date(c.from),
          end: new Date(c.until),
        });
        return;
      case 'remove-attendee-copy':
        // The organiser's cancel already takes the attendee's copy away; an erased attendee also declines.
        if (c.response === 'decline')
          await events.declineSeriesFrom(mailbox(c.attendee), effect.eventId, new Date(c.from));
        return;
      case 'book-series':
        // Queued as its own `book-series` effect (with its request); `/schedule` books in the request.
        return;
    }
  }

  /** Claim, apply, mark: a lost claim means another worker has it. */
  async function run(row: Versioned<OutboxEntry>, caller: Caller | undefined, summary: EffectsSummary) {
    const nowMs = clock.now().getTime();
    if (row.value.claimedUntil && Date.parse(row.value.claimedUntil) > nowMs) return;
    const claimed: OutboxEntry = {
      ...row.value,
      attempts: row.value.attempts + 1,
      claimedUntil: new Date(nowMs + CLAIM_MS).toISOString(),
    };
    let etag: string;
    try {
      etag = await outbox.update(claimed, row.etag);
    } catch (error) {
      if (error instanceof StaleVersionError) return;
      throw error;
    }
    const { claimedUntil: _c, ...settled } = claimed;
    try {
      await perform(claimed, caller);
      await outbox.update({ ...settled, state: 'done', doneAt: clock.now().toISOString() }, etag);
      summary.applied += 1;
    } catch (error) {
      const attention = claimed.attempts >= MAX_EFFECT_ATTEMPTS;
      await outbox
        .update(
          { ...settled, state: attention ? 'needs-attention' : 'pending', lastError: String(error).slice(0, 500) },
          etag,
        )
        .catch(() => undefined);
      if (attention) summary.needsAttention += 1;
      else summary.failed += 1;
    }
  }

  const empty = (): EffectsSummary => ({ applied: 0, failed: 0, needsAttention: 0 });
  return {
    async applyFor(tenantId, relationshipId, caller) {
      const summary = empty();
      try {
        for (const row of await outbox.pending(tenantId, relationshipId)) await run(row, caller, summary);
      } catch {
        // Whatever is left stays pending for the job.
      }
      return summary;
    },
    async runPending() {
      const summary = empty();
      for (const row of await outbox.allPending(500)) await run(row, undefined, summary);
      return summary;
    },
  };
}
