import { nextWorkingDayStart, type Delivery } from '../../../shared/reminders/delivery-window';
import type { DueReminder, ReminderKind } from '../../../shared/reminders/reminder-types';
import type { WorkingCalendar } from '../../../shared/reminders/working-calendar';
import type { LedgerClaim, ReminderLedger } from '../ports/reminder-ledger';
import { MAX_RECIPIENTS_PER_CALL } from '../ports/reminder-notifier';
import { inParallel } from '../concurrency/in-parallel';

/** What claiming needs of the pass. */
export interface ClaimContext {
  tenantId: string;
  now: number;
  ledger: ReminderLedger;
  calendarOf(userId: string): WorkingCalendar;
  /** The etag of this reminder's hold, when the pass that held it left one on the due row. */
  heldEtagOf(reminder: DueReminder): string | undefined;
}

export type SendDelivery = Extract<Delivery, { action: 'send' }>;

/** One Graph call's worth: one kind, up to 100 people, and every reminder it covers. */
export interface SendChunk {
  kind: ReminderKind;
  deliveries: SendDelivery[];
}

/** One Graph call of claimed reminders: one kind, up to 100 people, each with the claims it covers. */
export interface ClaimedCall {
  kind: ReminderKind;
  byRecipient: Map<string, LedgerClaim[]>;
}

/** Sends grouped into calls: one notification per person and kind, however many relationships it covers. */
export function chunksOf(sends: readonly SendDelivery[]): SendChunk[] {
  const byKind = new Map<ReminderKind, Map<string, SendDelivery[]>>();
  for (const d of sends) {
    const people = byKind.get(d.reminder.kind) ?? new Map<string, SendDelivery[]>();
    byKind.set(d.reminder.kind, people);
    people.set(d.reminder.recipient, [...(people.get(d.reminder.recipient) ?? []), d]);
  }
  const chunks: SendChunk[] = [];
  for (const [kind, people] of byKind) {
    const lists = [...people.values()];
    for (let i = 0; i < lists.length; i += MAX_RECIPIENTS_PER_CALL)
      chunks.push({ kind, deliveries: lists.slice(i, i + MAX_RECIPIENTS_PER_CALL).flat() });
  }
  return chunks;
}

export interface ClaimOutcomes {
  /** A reminder someone else has, or that is settled already: nothing to do. */
  skipped(d: SendDelivery): void;
  /** A reminder whose day slot another reminder took: held to the next working morning. */
  heldOver(d: SendDelivery, until: number): void;
}

/**
 * Claims the chunks in groups of 1, 2, 4 and then 8 chunks, in order, so the first call can go out
 * after a few transactions while later groups are claimed in larger batches as the pacer spaces
 * the calls; one group at a time keeps storage answering the rest of the pass promptly. A group's
 * won claims are regrouped into full calls, so reminders someone else has cost no Graph call.
 * Returns one promise per group, for its calls.
 */
const MAX_GROUP_CHUNKS = 8;

export function claimInGroups(
  chunks: readonly SendChunk[],
  ctx: ClaimContext,
  outcomes: ClaimOutcomes,
): Array<Promise<ClaimedCall[]>> {
  const groups: SendChunk[][] = [];
  for (let start = 0, size = 1; start < chunks.length; start += size, size = Math.min(size * 2, MAX_GROUP_CHUNKS))
    groups.push(chunks.slice(start, start + size));
  const pending = groups.map(() => deferred<ClaimedCall[]>());
  const run = async () => {
    for (const [g, group] of groups.entries()) pending[g]!.resolve(await claimGroup(group, ctx, outcomes));
  };
  run().catch((error: unknown) => {
    for (const p of pending) p.reject(error);
  });
  // A caller that stops early (a failed send) must not leave the rest as unhandled rejections.
  for (const p of pending) p.promise.catch(() => undefined);
  return pending.map((p) => p.promise);
}

async function claimGroup(
  group: readonly SendChunk[],
  ctx: ClaimContext,
  outcomes: ClaimOutcomes,
): Promise<ClaimedCall[]> {
  const all = group.flatMap((chunk) => chunk.deliveries);
  const answers = await ctx.ledger.claimAll(
    ctx.tenantId,
    all.map((d) => {
      const heldEtag = ctx.heldEtagOf(d.reminder);
      return { ...d.reminder, day: d.day, ...(heldEtag === undefined ? {} : { heldEtag }) };
    }),
    ctx.now,
  );
  const byKind = new Map<ReminderKind, Map<string, LedgerClaim[]>>();
  const won = (claim: LedgerClaim) => {
    const people = byKind.get(claim.entry.kind) ?? new Map<string, LedgerClaim[]>();
    byKind.set(claim.entry.kind, people);
    people.set(claim.entry.recipient, [...(people.get(claim.entry.recipient) ?? []), claim]);
  };
  // Claims taken one by one (a row that existed) still need their day slot.
  const needDay: Array<{ d: SendDelivery; claim: LedgerClaim }> = [];
  all.forEach((d, i) => {
    const claim = answers[i] ?? null;
    if (claim === null) outcomes.skipped(d);
    else if (claim.dayClaimed === true) won(claim);
    else needDay.push({ d, claim });
  });
  await inParallel(needDay, 16, async ({ d, claim }) => {
    if (await ctx.ledger.claimDay(ctx.tenantId, d.reminder, d.day)) return won(claim);
    const until = nextWorkingDayStart(ctx.calendarOf(d.reminder.recipient), ctx.now);
    await ctx.ledger.settle(ctx.tenantId, claim, { state: 'held', now: ctx.now, holdUntil: until });
    outcomes.heldOver(d, until);
  });
  const calls: ClaimedCall[] = [];
  for (const [kind, people] of byKind) {
    const entries = [...people];
    for (let i = 0; i < entries.length; i += MAX_RECIPIENTS_PER_CALL)
      calls.push({ kind, byRecipient: new Map(entries.slice(i, i + MAX_RECIPIENTS_PER_CALL)) });
  }
  return calls;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
