import type { EmptyReasonFact } from './empty-reason-facts';
import { clipIntervals, containsRange, intersectIntervals, overlapsAny, type Interval } from './intervals';
import type { PersonAvailability } from './person-availability';
import type { SlotFinderInput } from './slot-finder-input';
import { WEEK_MS, instantToWall, wallToInstant } from './time-zones';

function longest(list: readonly Interval[]): number {
  let best = 0;
  for (const i of list) if (i.end - i.start > best) best = i.end - i.start;
  return best;
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * Why no slot was found, as a fact. Runs only on the empty path, so it may re-walk data; checks go
 * from the most basic cause (hours never overlap) to the most specific.
 */
export function explainEmpty(
  input: SlotFinderInput,
  people: PersonAvailability[],
  combined: Interval[],
  orgZone: string,
  searchStart: number,
  duration: number,
): EmptyReasonFact {
  const durMin = input.durationMinutes;
  const window = (list: Interval[]) => clipIntervals(list, searchStart, input.windowEnd + duration);
  const requireWorking = input.preferences?.requireWorkingHours ?? true;

  if (requireWorking) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i]!;
        const b = people[j]!;
        if (a.working === null || b.working === null || a.workingHours === null || b.workingHours === null) continue;
        const both = window(intersectIntervals(a.working, b.working));
        if (both.length === 0) {
          const hours = (p: PersonAvailability, h: { start: string; end: string }) => ({
            name: p.name,
            zone: p.zone,
            ...h,
          });
          return { kind: 'hoursNeverOverlap', people: [hours(a, a.workingHours), hours(b, b.workingHours)] };
        }
        if (longest(both) < duration) return { kind: 'hoursOverlapShort', people: [a.name, b.name], minutes: durMin };
      }
    }
  }

  let eligible: Interval[] = people[0]!.eligible;
  for (let i = 1; i < people.length; i++) eligible = intersectIntervals(eligible, people[i]!.eligible);
  if (longest(window(eligible)) < duration) return { kind: 'preferencesExclude', minutes: durMin };
  if (longest(window(combined)) < duration) return { kind: 'fullyBooked', minutes: durMin };

  // Free time exists for the first occurrence; find who blocks the later ones most often.
  const blame = new Map<string, { count: number; oof: number }>();
  for (const iv of window(combined)) {
    for (let s = iv.start; s + duration <= iv.end; s += input.granularityMinutes * 60_000) {
      const wall0 = instantToWall(orgZone, s);
      for (let k = 1; k < input.occurrences; k++) {
        const t = wallToInstant(orgZone, wall0 + k * input.cadenceWeeks * WEEK_MS);
        const blocker = people.find((p) => !containsRange(p.allowed, t, t + duration));
        if (blocker !== undefined) {
          const entry = blame.get(blocker.id) ?? { count: 0, oof: 0 };
          entry.count++;
          if (overlapsAny(blocker.outOfOffice, t, t + duration)) entry.oof++;
          blame.set(blocker.id, entry);
          break;
        }
      }
    }
  }
  let top: { person: PersonAvailability; count: number; oof: number } | undefined;
  for (const p of people) {
    const e = blame.get(p.id);
    if (e !== undefined && (top === undefined || e.count > top.count)) top = { person: p, ...e };
  }
  return {
    kind: 'laterOccurrences',
    occurrences: input.occurrences,
    cadenceWeeks: input.cadenceWeeks,
    ...(top ? { blocker: { name: top.person.name, outOfOffice: top.oof * 2 >= top.count } } : {}),
  };
}

/** The API's English wording of a fact (the surfaces word the fact from their catalogue). */
export function englishEmptyReason(fact: EmptyReasonFact): string {
  switch (fact.kind) {
    case 'windowPassed':
      return 'The search window has already passed; search from today.';
    case 'hoursNeverOverlap': {
      const [a, b] = fact.people;
      return `${possessive(a.name)} and ${possessive(b.name)} working hours never overlap (${a.start}–${a.end} ${a.zone}, ${b.start}–${b.end} ${b.zone}).`;
    }
    case 'hoursOverlapShort':
      return `${possessive(fact.people[0])} and ${possessive(fact.people[1])} working hours overlap by less than ${fact.minutes} minutes.`;
    case 'preferencesExclude':
      return `No ${fact.minutes}-minute time fits everyone's working hours together with the preferred hours and days.`;
    case 'fullyBooked':
      return `Everyone's calendars are fully booked: no ${fact.minutes}-minute time is free for all within working hours in the search window.`;
    case 'laterOccurrences': {
      const cadence = fact.cadenceWeeks === 1 ? 'every week' : `every ${fact.cadenceWeeks} weeks`;
      const base = `Some times are free now, but none stay free for all ${fact.occurrences} occurrences ${cadence}`;
      if (fact.blocker === undefined) return `${base}.`;
      const why = fact.blocker.outOfOffice
        ? `${fact.blocker.name} is out of office`
        : `${possessive(fact.blocker.name)} calendar is busy`;
      return `${base}: mostly because ${why} on a later occurrence. Try fewer occurrences or another cadence.`;
    }
  }
}
