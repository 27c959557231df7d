import type { PersonAvailability } from './person-availability';
import type { SlotFinderInput } from './slot-finder-input';
import { COMFORT_END_MINUTE, COMFORT_START_MINUTE } from './slot-scoring';
import { DAY_NAMES } from './working-hours';
import { overlapsAny } from './intervals';
import { MINUTE_MS, formatWall, offsetAt, wallMinuteOfDay, wallWeekday, zonePlace } from './time-zones';

const EARLY_BEFORE_MINUTE = 9 * 60;
const LATE_AFTER_MINUTE = 17 * 60;

interface Described {
  starts: number[];
  tentative: boolean;
  insideWorking: boolean;
  minGap: number;
}

function hhmm(minuteOfDay: number): string {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function shortDay(wall: number): string {
  const name = DAY_NAMES[wallWeekday(wall)] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1, 3);
}

/** "Mar 30" style date for a wall time. */
function shortDate(wall: number): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const iso = formatWall(wall);
  return `${months[Number(iso.slice(5, 7)) - 1] ?? ''} ${Number(iso.slice(8, 10))}`;
}

function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function whoText(people: PersonAvailability[]): string {
  if (people.length === 1) return people[0]!.name;
  if (people.length === 2) return 'both';
  return `all ${people.length}`;
}

/** Plain-language reasons for one slot, most useful first. */
export function describeSlot(
  c: Described,
  input: SlotFinderInput,
  people: PersonAvailability[],
  duration: number,
): string[] {
  const reasons: string[] = [];
  const n = c.starts.length;
  const durMin = duration / MINUTE_MS;
  if (n === 1) reasons.push(`Free for ${whoText(people)}`);
  else
    reasons.push(
      `Free for ${whoText(people)} on all ${n} occurrences, every ${input.cadenceWeeks === 1 ? 'week' : `${input.cadenceWeeks} weeks`}`,
    );

  const first = c.starts[0]!;
  reasons.push(
    people
      .map((p) => {
        const wall = first + offsetAt(p.zone, first);
        const m = wallMinuteOfDay(wall);
        return `${shortDay(wall)} ${hhmm(m)}–${hhmm(m + durMin)} for ${p.name} (${zonePlace(p.zone)})`;
      })
      .join(', '),
  );

  // Across a DST change the organiser's wall clock holds, so others may see other hours.
  for (const p of people) {
    const firstMinute = wallMinuteOfDay(first + offsetAt(p.zone, first));
    const moved = new Map<number, string[]>();
    for (let k = 1; k < n; k++) {
      const t = c.starts[k]!;
      const wall = t + offsetAt(p.zone, t);
      const m = wallMinuteOfDay(wall);
      if (m !== firstMinute) moved.set(m, [...(moved.get(m) ?? []), shortDate(wall)]);
    }
    for (const [m, dates] of moved) {
      reasons.push(`For ${p.name} it is ${hhmm(m)} on ${listText(dates)} (clocks change between occurrences)`);
    }
  }

  // Name only the hours people would notice: before 09:00 or ending after 17:00 local.
  const odd: string[] = [];
  let allComfortable = true;
  for (const p of people) {
    let note: string | null = null;
    for (const t of c.starts) {
      const m = wallMinuteOfDay(t + offsetAt(p.zone, t));
      if (m < COMFORT_START_MINUTE || m + durMin > COMFORT_END_MINUTE) allComfortable = false;
      if (note === null && m < EARLY_BEFORE_MINUTE) note = `early for ${p.name} (${hhmm(m)})`;
      else if (note === null && m + durMin > LATE_AFTER_MINUTE) note = `late for ${p.name} (ends ${hhmm(m + durMin)})`;
    }
    if (note !== null) odd.push(note);
  }
  if (allComfortable) reasons.push(`Mid-morning to mid-afternoon for ${whoText(people)}`);
  if (odd.length > 0) reasons.push(`Unsociable hour: ${odd.join(', ')}`);

  if (c.tentative) {
    for (const p of people) {
      const hits = c.starts.map((t, i) => (overlapsAny(p.tentative, t, t + duration) ? i + 1 : 0)).filter((i) => i > 0);
      if (hits.length > 0) reasons.push(`${p.name} has a tentative hold on occurrence ${hits.join(', ')}`);
    }
  }
  if (!c.insideWorking) reasons.push('Outside the working hours of someone invited');
  const buffer = input.preferences?.bufferMinutes ?? 0;
  if (c.minGap >= 15)
    reasons.push(`At least ${Math.floor(c.minGap)} minutes clear before and after for ${whoText(people)}`);
  else if (buffer > 0) reasons.push(`Keeps your ${buffer}-minute buffer next to other meetings`);
  else if (c.minGap === 0) reasons.push('Back to back with another meeting');
  return reasons;
}
