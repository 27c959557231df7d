import { DAY_MS, MINUTE_MS, instantToWall, wallToInstant } from '../scheduling/time-zones';
import { kindPriority } from './evaluate-reminders';
import type { DueReminder } from './reminder-types';
import { isWorkingMoment, localDate, nextWorkingMoment, type WorkingCalendar } from './working-calendar';

export const PER_MINUTE_LIMIT = 10;

export type Delivery =
  | { action: 'send'; reminder: DueReminder; day: string }
  | {
      action: 'hold';
      reminder: DueReminder;
      until: number;
      reason: 'outside-working-hours' | 'one-a-day' | 'per-minute';
    }
  | { action: 'drop'; reminder: DueReminder; reason: 'expired' };

/** Send now inside working hours; otherwise hold until the next working morning, unless it lapses first. */
export function deliveryFor(reminder: DueReminder, cal: WorkingCalendar, now: number): Delivery {
  if (isWorkingMoment(cal, now)) return { action: 'send', reminder, day: localDate(cal, now) };
  return holdOrDrop(reminder, nextWorkingMoment(cal, now), 'outside-working-hours');
}

function holdOrDrop(
  reminder: DueReminder,
  until: number,
  reason: 'outside-working-hours' | 'one-a-day' | 'per-minute',
): Delivery {
  if (reminder.expiresAt !== undefined && until >= reminder.expiresAt)
    return { action: 'drop', reminder, reason: 'expired' };
  return { action: 'hold', reminder, until, reason };
}

/** Start of working hours on the recipient's next working day after today. */
export function nextWorkingDayStart(cal: WorkingCalendar, now: number): number {
  const tomorrow = wallToInstant(cal.zone, (Math.floor(instantToWall(cal.zone, now) / DAY_MS) + 1) * DAY_MS);
  return nextWorkingMoment(cal, tomorrow);
}

/**
 * Apply the per-person limits to one pass's deliveries: at most one reminder per person and
 * relationship per local day (`sentToday` holds "recipient|relationship" pairs already served
 * today), and at most 10 per person per minute (`sentThisMinute` counts per recipient).
 */
export function applyPersonLimits(
  deliveries: Delivery[],
  calendarOf: (userId: string) => WorkingCalendar,
  now: number,
  sentToday: ReadonlySet<string> = new Set(),
  sentThisMinute: ReadonlyMap<string, number> = new Map(),
): Delivery[] {
  const ordered = [...deliveries].sort((a, b) => kindPriority[a.reminder.kind] - kindPriority[b.reminder.kind]);
  const pairs = new Set(sentToday);
  const perMinute = new Map(sentThisMinute);
  return ordered.map((d) => {
    if (d.action !== 'send') return d;
    const { recipient, relationshipId } = d.reminder;
    const pair = `${recipient}|${relationshipId}`;
    if (pairs.has(pair)) return holdOrDrop(d.reminder, nextWorkingDayStart(calendarOf(recipient), now), 'one-a-day');
    const count = perMinute.get(recipient) ?? 0;
    if (count >= PER_MINUTE_LIMIT) return holdOrDrop(d.reminder, now + MINUTE_MS, 'per-minute');
    pairs.add(pair);
    perMinute.set(recipient, count + 1);
    return d;
  });
}
