import type { PersonAvailability } from './person-availability';
import type { SlotReasonFact } from './slot-reason-facts';
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

const iso = (t: number) => new Date(t).toISOString();
const wallOf = (instant: string, zone: string) => Date.parse(instant) + offsetAt(zone, Date.parse(instant));

const namedPerson = (p: PersonAvailability) => ({ id: p.id, name: p.name, zone: p.zone });

/** The facts behind one slot's reasons, most useful first. */
export function slotReasonFacts(
  c: Described,
  input: SlotFinderInput,
  people: PersonAvailability[],
  duration: number,
): SlotReasonFact[] {
  const facts: SlotReasonFact[] = [];
  const names = people.map((p) => p.name);
  const durMin = duration / MINUTE_MS;
  const first = c.starts[0]!;
  facts.push({ kind: 'free', people: names, occurrences: c.starts.length, cadenceWeeks: input.cadenceWeeks });
  facts.push({
    kind: 'localTimes',
    start: iso(first),
    end: iso(first + duration),
    people: people.map(namedPerson),
  });

  // Across a DST change the organiser's wall clock holds, so others may see other hours.
  for (const p of people) {
    const firstMinute = wallMinuteOfDay(first + offsetAt(p.zone, first));
    const moved = new Map<number, string[]>();
    for (const t of c.starts.slice(1)) {
      const m = wallMinuteOfDay(t + offsetAt(p.zone, t));
      if (m !== firstMinute) moved.set(m, [...(moved.get(m) ?? []), iso(t)]);
    }
    for (const starts of moved.values()) facts.push({ kind: 'clocksChange', person: namedPerson(p), starts });
  }

  // Name only the hours people would notice: before 09:00 or ending after 17:00 local.
  const notes: Extract<SlotReasonFact, { kind: 'unsociable' }>['notes'] = [];
  let allComfortable = true;
  for (const p of people) {
    let noted = false;
    for (const t of c.starts) {
      const m = wallMinuteOfDay(t + offsetAt(p.zone, t));
      if (m < COMFORT_START_MINUTE || m + durMin > COMFORT_END_MINUTE) allComfortable = false;
      if (noted) continue;
      const who = namedPerson(p);
      if (m < EARLY_BEFORE_MINUTE) notes.push({ person: who, edge: 'early', at: iso(t) });
      else if (m + durMin > LATE_AFTER_MINUTE) notes.push({ person: who, edge: 'late', at: iso(t + duration) });
      else continue;
      noted = true;
    }
  }
  if (allComfortable) facts.push({ kind: 'comfortable', people: names });
  if (notes.length > 0) facts.push({ kind: 'unsociable', notes });

  if (c.tentative) {
    for (const p of people) {
      const hits = c.starts.map((t, i) => (overlapsAny(p.tentative, t, t + duration) ? i + 1 : 0)).filter((i) => i > 0);
      if (hits.length > 0) facts.push({ kind: 'tentative', person: namedPerson(p), occurrences: hits });
    }
  }
  if (!c.insideWorking) facts.push({ kind: 'outsideWorkingHours' });
  const buffer = input.preferences?.bufferMinutes ?? 0;
  if (c.minGap >= 15) facts.push({ kind: 'clearAround', minutes: Math.floor(c.minGap), people: names });
  else if (buffer > 0) facts.push({ kind: 'buffer', minutes: buffer });
  else if (c.minGap === 0) facts.push({ kind: 'backToBack' });
  return facts;
}

/** The API's English wording of one fact (times on the 24-hour clock, in each person's zone). */
export function englishReason(fact: SlotReasonFact): string {
  switch (fact.kind) {
    case 'free':
      return fact.occurrences === 1
        ? `Free for ${whoOf(fact.people)}`
        : `Free for ${whoOf(fact.people)} on all ${fact.occurrences} occurrences, every ${fact.cadenceWeeks === 1 ? 'week' : `${fact.cadenceWeeks} weeks`}`;
    case 'localTimes':
      return fact.people
        .map((p) => {
          const wall = wallOf(fact.start, p.zone);
          const m = wallMinuteOfDay(wall);
          const end = wallMinuteOfDay(wallOf(fact.end, p.zone));
          return `${shortDay(wall)} ${hhmm(m)}–${hhmm(end)} for ${p.name} (${zonePlace(p.zone)})`;
        })
        .join(', ');
    case 'clocksChange': {
      const walls = fact.starts.map((t) => wallOf(t, fact.person.zone));
      return `For ${fact.person.name} it is ${hhmm(wallMinuteOfDay(walls[0]!))} on ${listText(walls.map(shortDate))} (clocks change between occurrences)`;
    }
    case 'comfortable':
      return `Mid-morning to mid-afternoon for ${whoOf(fact.people)}`;
    case 'unsociable':
      return `Unsociable hour: ${fact.notes
        .map((n) => {
          const at = hhmm(wallMinuteOfDay(wallOf(n.at, n.person.zone)));
          return n.edge === 'early' ? `early for ${n.person.name} (${at})` : `late for ${n.person.name} (ends ${at})`;
        })
        .join(', ')}`;
    case 'tentative':
      return `${fact.person.name} has a tentative hold on occurrence ${fact.occurrences.join(', ')}`;
    case 'outsideWorkingHours':
      return 'Outside the working hours of someone invited';
    case 'clearAround':
      return `At least ${fact.minutes} minutes clear before and after for ${whoOf(fact.people)}`;
    case 'buffer':
      return `Keeps your ${fact.minutes}-minute buffer next to other meetings`;
    case 'backToBack':
      return 'Back to back with another meeting';
  }
}

const whoOf = (names: string[]) =>
  names.length === 1 ? names[0]! : names.length === 2 ? 'both' : `all ${names.length}`;
