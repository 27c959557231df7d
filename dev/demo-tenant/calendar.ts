import type { ShowAs, TenantData, TenantEvent } from './tenant-schema';
import { expandRecurrence } from './recurrence';
import { resolveTimeZone } from './time-zones';

// Which event instances sit on a person's calendar inside a window. Pure.

export interface CalendarItem {
  event: TenantEvent;
  startMs: number;
  endMs: number;
  /** True when the item is one occurrence of a recurring series. */
  occurrence: boolean;
}

export interface Window {
  startMs: number;
  endMs: number;
}

export function involves(event: TenantEvent, userId: string): boolean {
  return event.organizerId === userId || event.attendeeIds.includes(userId);
}

function seriesZone(event: TenantEvent, tenant: TenantData): string {
  const named = event.recurrence?.range.recurrenceTimeZone;
  const organizerZone = tenant.users.find((u) => u.id === event.organizerId)?.timeZone;
  return resolveTimeZone(named ?? organizerZone ?? 'UTC') ?? 'UTC';
}

/** Occurrence starts (ms) that are gone from `ownerId`'s calendar: cancelled for all, or declined by them. */
function removedStarts(event: TenantEvent, ownerId: string | undefined): Set<number> {
  const gone = new Set((event.cancelledOccurrences ?? []).map((s) => Date.parse(s)));
  if (ownerId !== undefined) for (const s of event.declinedOccurrences?.[ownerId] ?? []) gone.add(Date.parse(s));
  return gone;
}

/**
 * Instances of the event inside the window. With `ownerId`, as that person's calendar shows them:
 * occurrences the organiser cancelled or that person declined are left out.
 */
export function eventInstances(
  event: TenantEvent,
  tenant: TenantData,
  window: Window,
  ownerId?: string,
): CalendarItem[] {
  const startMs = Date.parse(event.start);
  const endMs = Date.parse(event.end);
  if (!event.recurrence) {
    return startMs < window.endMs && endMs > window.startMs ? [{ event, startMs, endMs, occurrence: false }] : [];
  }
  const gone = removedStarts(event, ownerId);
  return expandRecurrence({
    recurrence: event.recurrence,
    seriesStartMs: startMs,
    durationMs: endMs - startMs,
    timeZone: seriesZone(event, tenant),
    window,
  })
    .filter((o) => !gone.has(o.startMs))
    .map((o) => ({ event, startMs: o.startMs, endMs: o.endMs, occurrence: true }));
}

/** The IANA zone a series keeps its wall-clock time in. */
export function recurrenceZoneOf(event: TenantEvent, tenant: TenantData): string {
  return seriesZone(event, tenant);
}

/** Every instance on the user's calendar overlapping the window, ordered by start then event id. */
export function userCalendar(tenant: TenantData, userId: string, window: Window): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const event of tenant.events) {
    if (involves(event, userId)) items.push(...eventInstances(event, tenant, window, userId));
  }
  return items.sort(
    (a, b) => a.startMs - b.startMs || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
}

/** availabilityView digits, and which status wins when items overlap. */
export const AVAILABILITY_DIGIT: Record<ShowAs, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};
const PRECEDENCE: Record<ShowAs, number> = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 };

/** One digit per interval; the highest-precedence status overlapping each interval wins. */
export function availabilityView(items: CalendarItem[], window: Window, intervalMinutes: number): string {
  const step = intervalMinutes * 60_000;
  const slots = Math.ceil((window.endMs - window.startMs) / step);
  const best: ShowAs[] = new Array<ShowAs>(slots).fill('free');
  for (const item of items) {
    const first = Math.max(0, Math.floor((item.startMs - window.startMs) / step));
    const last = Math.min(slots - 1, Math.ceil((item.endMs - window.startMs) / step) - 1);
    for (let i = first; i <= last; i++) {
      const current = best[i] ?? 'free';
      if (PRECEDENCE[item.event.showAs] > PRECEDENCE[current]) best[i] = item.event.showAs;
    }
  }
  return best.map((s) => AVAILABILITY_DIGIT[s]).join('');
}
