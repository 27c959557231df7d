import type { SlotFinderInput } from '../../shared/scheduling';
import { occurrenceStarts, resolveTimeZone, offsetAt } from '../../shared/scheduling';

const MIN = 60_000;
const DAY = 86_400_000;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function minutesOf(text: string): number {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The obvious approach, kept only as a benchmark yardstick: walk every grid start in the
 * window, and for each one check every occurrence against every busy event and the working
 * hours of every person. Same answers for the simple cases; no interval algebra.
 */
export function findSlotsBaseline(input: SlotFinderInput): Array<{ start: number; score: number }> {
  const dur = input.durationMinutes * MIN;
  const step = input.granularityMinutes * MIN;
  const org = input.people.find((p) => p.id === input.organizerId) ?? input.people[0]!;
  const orgZone = resolveTimeZone(org.workingHours?.timeZone ?? 'UTC') ?? 'UTC';
  const people = input.people.map((p) => ({
    zone: resolveTimeZone(p.workingHours?.timeZone ?? 'UTC') ?? 'UTC',
    days: new Set((p.workingHours?.daysOfWeek ?? DAYS).map((d) => DAYS.indexOf(d.toLowerCase()))),
    from: minutesOf(p.workingHours?.startTime ?? '00:00'),
    to: minutesOf(p.workingHours?.endTime ?? '24:00'),
    busy: p.busy,
  }));
  const start0 = Math.ceil(Math.max(input.windowStart, input.now) / step) * step;
  const out: Array<{ start: number; score: number }> = [];
  for (let s = start0; s < input.windowEnd; s += step) {
    const starts = occurrenceStarts(s, orgZone, input.cadenceWeeks, input.occurrences);
    let ok = true;
    let comfort = 1;
    for (const t of starts) {
      for (const p of people) {
        const wall = t + offsetAt(p.zone, t);
        const dayIdx = (((Math.floor(wall / DAY) + 4) % 7) + 7) % 7;
        const minute = Math.floor((wall % DAY) / MIN);
        if (!p.days.has(dayIdx) || minute < p.from || minute + dur / MIN > p.to) ok = false;
        for (const b of p.busy) {
          if (b.status !== 'tentative' && b.status !== 'workingElsewhere' && b.start < t + dur && b.end > t) ok = false;
        }
        const off = Math.max(0, 600 - minute) + Math.max(0, minute + dur / MIN - 900);
        comfort = Math.min(comfort, Math.max(0, 1 - off / 180));
      }
    }
    if (ok) out.push({ start: s, score: comfort });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, input.limit ?? 10);
}
