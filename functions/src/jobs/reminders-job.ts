import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';
import { DAY_MS } from '../../../shared/scheduling/time-zones';
import type { Clock } from '../ports/clock';
import type { PreferencesStore, RecipientRecord } from '../ports/preferences-store';
import { heldKey, type HeldReminders, type ReminderDueIndex } from '../ports/reminder-due-index';
import type { ReminderLedger } from '../ports/reminder-ledger';
import type { ReminderNotifier } from '../ports/reminder-notifier';
import type { ReminderSource, WorkingHoursLookup } from '../ports/reminder-source';
import type { TenantRegistry } from '../ports/tenant-registry';
import { planTenant, type LoadedEntry } from './reminder-plan';
import { projectionOf } from './reminder-projection';
import { inParallel } from '../concurrency/in-parallel';
import { createRowMover } from './due-row-mover';
import { sendDeliveries, type SendCounts } from './reminder-sender';
import { createPacer, realWait } from './send-pacer';

export interface RemindersJobDeps {
  clock: Clock;
  tenants: TenantRegistry;
  dueIndex: ReminderDueIndex;
  source: ReminderSource;
  preferences: PreferencesStore;
  ledger: ReminderLedger;
  notifier: ReminderNotifier;
  /** Fills in working hours nobody has looked up yet (or a week old); without it the defaults apply. */
  workingHours?: WorkingHoursLookup;
  teamsAppId: string;
  /** Graph calls per second per tenant; 2 by default (the bulk call's limit, under the 5/s rule). */
  requestsPerSecond?: number;
  /**
   * How far back a pass looks for rows a failed or missed pass left behind. Unbounded by default:
   * processed rows move forward, so old buckets are empty and reading them costs nothing.
   */
  catchUpMs?: number;
  wait?: (ms: number) => Promise<void>;
}

export interface TenantSummary extends SendCounts {
  dueRelationships: number;
  graphRequests: number;
  throttled: number;
  /** Due rows a relationship write moved while the pass ran: the write's placement stands. */
  leftToWriters: number;
}

export interface RemindersSummary extends TenantSummary {
  tenants: number;
  durationMs: number;
  byTenant: Record<string, TenantSummary>;
}

const WORKING_HOURS_TTL_MS = 7 * DAY_MS;

/** One pass of the hourly `reminders` job over every registered tenant. */
export async function runRemindersPass(deps: RemindersJobDeps): Promise<RemindersSummary> {
  const started = deps.clock.now().getTime();
  const summary: RemindersSummary = {
    tenants: 0,
    dueRelationships: 0,
    sent: 0,
    held: 0,
    dropped: 0,
    undeliverable: 0,
    failed: 0,
    skipped: 0,
    graphRequests: 0,
    throttled: 0,
    leftToWriters: 0,
    durationMs: 0,
    byTenant: {},
  };
  for (const tenant of await deps.tenants.listTenants()) {
    const counts = await runTenant(deps, tenant.tenantId);
    summary.tenants += 1;
    summary.byTenant[tenant.tenantId] = counts;
    for (const key of Object.keys(counts) as Array<keyof typeof counts>) summary[key] += counts[key];
  }
  summary.durationMs = deps.clock.now().getTime() - started;
  return summary;
}

async function runTenant(deps: RemindersJobDeps, tenantId: string): Promise<TenantSummary> {
  const now = deps.clock.now().getTime();
  const due = (
    await deps.dueIndex.listDue(tenantId, deps.catchUpMs === undefined ? 0 : now - deps.catchUpMs, now)
  ).filter((e) => e.dueAt <= now);
  const loaded: LoadedEntry[] = new Array(due.length);
  await inParallel(
    due.map((entry, i) => ({ entry, i })),
    16,
    async ({ entry, i }) => {
      // The row's snapshot is the indexer's; only rows written without one read the partition.
      const snapshot = entry.snapshot ?? (await deps.source.load(tenantId, entry.relationshipId));
      // A row written before rows carried snapshots gets one when the pass moves it.
      const projection = entry.snapshot === undefined && snapshot !== null ? projectionOf(snapshot) : null;
      if (projection !== null) entry.snapshot = projection;
      loaded[i] = { entry, snapshot };
    },
  );
  const people = await recipientsOf(deps, tenantId, loaded, now);
  const plan = planTenant(loaded, people, now);

  const pacer = createPacer({
    perSecond: deps.requestsPerSecond ?? 2,
    maxRetries: 5,
    wait: deps.wait ?? realWait,
    now: () => deps.clock.now().getTime(),
  });
  const entries = new Map(due.map((entry) => [entry.relationshipId, entry]));
  const revisits = new Map<string, number>();
  const held = new Map<string, HeldReminders>();
  const mover = createRowMover(deps.dueIndex, tenantId, (relationshipId) => {
    const next = plan.nextChecks.get(relationshipId) ?? null;
    const revisit = revisits.get(relationshipId);
    const at = revisit === undefined ? next : next === null ? revisit : Math.min(next, revisit);
    // Never back into the window just read: that row would be read again by this same hour's rerun.
    return {
      entry: entries.get(relationshipId)!,
      dueAt: at === null ? null : Math.max(at, now + 1),
      held: held.get(relationshipId) ?? {},
    };
  });
  // Rows with nothing to send or hold move at once; the others as their reminders settle.
  const withDeliveries = new Set(plan.deliveries.map((d) => d.reminder.relationshipId));
  mover.move(due.map((e) => e.relationshipId).filter((id) => !withDeliveries.has(id)));
  let counts: SendCounts;
  try {
    counts = await sendDeliveries(plan.deliveries, {
      tenantId,
      now,
      ledger: deps.ledger,
      notifier: deps.notifier,
      pacer,
      teamsAppId: deps.teamsAppId,
      calendarOf: plan.calendarOf,
      heldEtagOf: (r) => entries.get(r.relationshipId)?.held?.[heldKey(r)]?.etag,
      revisit: (id, at) => revisits.set(id, Math.min(at, revisits.get(id) ?? Infinity)),
      heldWritten: (r, until, etag) =>
        held.set(r.relationshipId, { ...held.get(r.relationshipId), [heldKey(r)]: { etag, until } }),
      settled: (ids) => mover.move(ids),
    });
  } finally {
    // Moves already asked for finish either way; a row never asked for stays to be read again.
    await mover.finished();
  }
  await deps.tenants.markReminderPass(tenantId, now);
  return {
    ...counts,
    dueRelationships: due.length,
    graphRequests: pacer.calls,
    throttled: pacer.throttled,
    leftToWriters: mover.leftToWriters,
  };
}

/** Preferences and working hours for every member, in batched reads; missing hours looked up once. */
async function recipientsOf(
  deps: RemindersJobDeps,
  tenantId: string,
  loaded: LoadedEntry[],
  now: number,
): Promise<Map<string, RecipientRecord>> {
  const ids = new Set(loaded.flatMap((l) => l.snapshot?.relationship.members ?? []));
  const people = await deps.preferences.getMany(tenantId, [...ids]);
  if (deps.workingHours === undefined) return people;
  const stale = [...people].filter(
    ([, r]) => r.workingHours === undefined || (r.workingHoursAt ?? 0) < now - WORKING_HOURS_TTL_MS,
  );
  if (stale.length === 0) return people;
  // Graph being down must not stop the reminders: the defaults (or last week's hours) apply meanwhile.
  const found = await deps.workingHours
    .workingHoursOf(
      tenantId,
      stale.map(([id]) => id),
    )
    .catch(() => new Map<string, WorkingHours | null>());
  // People the lookup could not answer for now (throttled) keep what they had and are asked next pass.
  await inParallel(
    stale.filter(([id]) => found.has(id)),
    16,
    async ([id, record]) => {
      const hours = found.get(id) ?? null;
      record.workingHours = hours;
      record.workingHoursAt = now;
      await deps.preferences.putWorkingHours(tenantId, id, hours, now);
    },
  );
  return people;
}
