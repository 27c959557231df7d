import { intersectIntervals, mergeIntervals, subtractIntervals, widenIntervals, type Interval } from './intervals';
import type { SlotPerson } from './slot-finder-input';
import type { SlotPreferences } from './slot-request';
import { MINUTE_MS, resolveTimeZone } from './time-zones';
import { dayIndex, expandDailyWindows, parseTimeOfDay } from './working-hours';

/** One person's calendar turned into merged interval lists over the needed range. */
export interface PersonAvailability {
  id: string;
  name: string;
  zone: string;
  /** The zone name given could not be resolved, so `zone` is a fallback. */
  zoneUnknown: boolean;
  /** Working hours as intervals; null when the person has none (any hour counts as working). */
  working: Interval[] | null;
  /** The working hours' daily start and end (`HH:MM`, the person's zone); null with no hours. */
  workingHours: { start: string; end: string } | null;
  /** Where a meeting may be placed: hours and preferences, minus blocking time and buffers. */
  allowed: Interval[];
  /** `allowed` before busy time is removed (hours and preferences only). */
  eligible: Interval[];
  tentative: Interval[];
  outOfOffice: Interval[];
  /** Everything with a meeting in it (busy, out of office, tentative), for buffer scoring. */
  occupied: Interval[];
}

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

export function preparePerson(
  person: SlotPerson,
  defaultZone: string,
  preferences: SlotPreferences,
  from: number,
  to: number,
): PersonAvailability {
  const wh = person.workingHours;
  const given = wh?.timeZone ?? person.fallbackTimeZone;
  const resolvedZone = given === undefined ? null : resolveTimeZone(given);
  const zone = resolvedZone ?? defaultZone;
  const whole: Interval[] = [{ start: from, end: to }];

  let working: Interval[] | null = null;
  let workingHours: PersonAvailability['workingHours'] = null;
  if (wh !== null) {
    const days = new Set(wh.daysOfWeek.map(dayIndex).filter((d) => d >= 0));
    const startMin = parseTimeOfDay(wh.startTime);
    const endMin = parseTimeOfDay(wh.endTime);
    working = expandDailyWindows(zone, days, startMin, endMin, from, to);
    workingHours = { start: wh.startTime.slice(0, 5), end: wh.endTime.slice(0, 5) };
  }

  const avoid = new Set((preferences.avoidDays ?? []).map(dayIndex));
  const earliest = preferences.earliestHour;
  const latest = preferences.latestHour;
  let preferred: Interval[] = whole;
  if (avoid.size > 0 || earliest !== undefined || latest !== undefined) {
    const days = new Set(ALL_DAYS.filter((d) => !avoid.has(d)));
    const startMin = Math.round((earliest ?? 0) * 60);
    const endMin = Math.round((latest ?? 24) * 60);
    preferred = expandDailyWindows(zone, days, startMin, endMin, from, to);
  }

  const requireWorking = preferences.requireWorkingHours ?? true;
  const eligible = requireWorking && working !== null ? intersectIntervals(working, preferred) : preferred;

  const blockingRaw: Interval[] = [];
  const tentativeRaw: Interval[] = [];
  const oofRaw: Interval[] = [];
  for (const b of person.busy) {
    if (b.status === 'busy' || b.status === 'oof') blockingRaw.push(b);
    if (b.status === 'oof') oofRaw.push(b);
    if (b.status === 'tentative') tentativeRaw.push(b);
  }
  const buffer = (preferences.bufferMinutes ?? 0) * MINUTE_MS;
  const blocking = widenIntervals(blockingRaw, buffer, buffer);
  const tentative = mergeIntervals(tentativeRaw);

  return {
    id: person.id,
    name: person.name ?? person.id,
    zone,
    zoneUnknown: given !== undefined && resolvedZone === null,
    working,
    workingHours,
    allowed: subtractIntervals(eligible, blocking),
    eligible,
    tentative,
    outOfOffice: mergeIntervals(oofRaw),
    occupied: mergeIntervals([...blockingRaw, ...tentativeRaw]),
  };
}
