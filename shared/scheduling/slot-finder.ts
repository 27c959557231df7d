import { intersectIntervals, containsRange, overlapsAny, type Interval } from './intervals';
import { requiredHorizon } from './occurrences';
import { preparePerson, type PersonAvailability } from './person-availability';
import { englishEmptyReason, explainEmpty } from './empty-reason';
import type { EmptyReasonFact } from './empty-reason-facts';
import { englishReason, slotReasonFacts } from './slot-reasons';
import type { FoundSlot, SlotFinderInput, SlotFinderResult } from './slot-finder-input';
import { MAX_WINDOW_DAYS } from './slot-request';
import { comfortOf, gapAround, scoreOf } from './slot-scoring';
import {
  DAY_MS,
  MINUTE_MS,
  WEEK_MS,
  formatWall,
  offsetAt,
  resolveTimeZone,
  wallMinuteOfDay,
  wallToInstant,
} from './time-zones';

/** Same-day picks lose this many points each, so results spread over different days. */
const SAME_DAY_PENALTY = 12;
/** Safety bound on first-occurrence candidates examined (61 days at 5-minute steps fits). */
const MAX_CANDIDATES = 20_000;

interface Candidate {
  starts: number[];
  score: number;
  tentative: boolean;
  insideWorking: boolean;
  /** Per person (in `people` order): some occurrence lies outside their working hours. */
  outside: boolean[];
  minGap: number;
  /** Organiser's local day number, for spreading results. */
  day: number;
}

/** Ranked slots for a recurring meeting that are free for everyone on every checked occurrence. */
export function findSlots(input: SlotFinderInput): SlotFinderResult {
  const duration = input.durationMinutes * MINUTE_MS;
  const gran = input.granularityMinutes * MINUTE_MS;
  const prefs = input.preferences ?? {};
  const limit = input.limit ?? 10;
  if (input.windowEnd - input.windowStart > MAX_WINDOW_DAYS * DAY_MS) {
    throw new RangeError(`The search window is longer than ${MAX_WINDOW_DAYS} days`);
  }
  const organizer = input.people.find((p) => p.id === input.organizerId) ?? input.people[0];
  if (organizer === undefined) throw new RangeError('At least one person is needed');
  const orgZoneName = organizer.workingHours?.timeZone ?? organizer.fallbackTimeZone;
  const orgZone = (orgZoneName === undefined ? null : resolveTimeZone(orgZoneName)) ?? 'UTC';

  // Never offer a start in the past.
  const searchStart = Math.max(input.windowStart, input.now);
  if (searchStart >= input.windowEnd) return nothingFound({ kind: 'windowPassed' });

  const horizon = requiredHorizon({
    windowEnd: input.windowEnd,
    organizerZone: orgZone,
    cadenceWeeks: input.cadenceWeeks,
    occurrences: input.occurrences,
    durationMinutes: input.durationMinutes,
    bufferMinutes: prefs.bufferMinutes,
  });
  const people = input.people.map((p) => preparePerson(p, orgZone, prefs, searchStart, horizon + DAY_MS));
  let combined: Interval[] = people[0]!.allowed;
  for (let i = 1; i < people.length; i++) combined = intersectIntervals(combined, people[i]!.allowed);

  const candidates = collectCandidates(input, people, combined, orgZone, searchStart, duration, gran);
  if (candidates.length === 0) {
    return nothingFound(explainEmpty(input, people, combined, orgZone, searchStart, duration));
  }
  const picked = pickSpread(candidates, limit);
  const slots: FoundSlot[] = picked.map((c) => buildSlot(c, input, people, duration));
  return { slots };
}

function collectCandidates(
  input: SlotFinderInput,
  people: PersonAvailability[],
  combined: Interval[],
  orgZone: string,
  searchStart: number,
  duration: number,
  gran: number,
): Candidate[] {
  const n = input.occurrences;
  const shift = input.cadenceWeeks * WEEK_MS;
  const requireWorking = input.preferences?.requireWorkingHours ?? true;
  // One pointer per later occurrence: their instants rise with the first start, so each
  // pointer only moves forward through `combined` (a sweep, not a search per candidate).
  const ptr = new Array<number>(n).fill(0);
  const out: Candidate[] = [];
  const starts = new Array<number>(n);
  let examined = 0;
  for (let ci = 0; ci < combined.length; ci++) {
    const iv = combined[ci]!;
    if (iv.start >= input.windowEnd) break;
    let s = iv.start > searchStart ? iv.start : searchStart;
    // Align to the organiser's local grid (so 09:00, 09:15… even in +05:30 zones).
    const wallS = s + offsetAt(orgZone, s);
    const rem = ((wallS % gran) + gran) % gran;
    if (rem !== 0) s += gran - rem;
    for (; s + duration <= iv.end && s < input.windowEnd; s += gran) {
      if (++examined > MAX_CANDIDATES) return out;
      const wall0 = s + offsetAt(orgZone, s);
      starts[0] = s;
      let ok = true;
      for (let k = 1; k < n; k++) {
        const t = wallToInstant(orgZone, wall0 + k * shift);
        starts[k] = t;
        let p = ptr[k]!;
        while (p < combined.length && combined[p]!.end < t + duration) p++;
        ptr[k] = p;
        const hit = combined[p];
        // A spring-forward gap can move an instant backwards past the pointer; confirm misses.
        if ((hit === undefined || hit.start > t) && !containsRange(combined, t, t + duration)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      out.push(rateCandidate(starts.slice(), people, duration, requireWorking, Math.floor(wall0 / DAY_MS)));
    }
  }
  return out;
}

function rateCandidate(
  starts: number[],
  people: PersonAvailability[],
  duration: number,
  requireWorking: boolean,
  day: number,
): Candidate {
  let worst = 1;
  let sum = 0;
  let tentative = false;
  let minGap = Infinity;
  const outside: boolean[] = [];
  for (const p of people) {
    let personWorst = 1;
    let personOutside = false;
    for (const t of starts) {
      const off = offsetAt(p.zone, t);
      const startMin = wallMinuteOfDay(t + off);
      const c = comfortOf(startMin, startMin + duration / MINUTE_MS);
      if (c < personWorst) personWorst = c;
      if (!tentative && overlapsAny(p.tentative, t, t + duration)) tentative = true;
      // With working hours required every start lies inside them; otherwise say for whom it does not.
      if (!requireWorking && !personOutside && p.working !== null && !containsRange(p.working, t, t + duration))
        personOutside = true;
      const g = gapAround(p.occupied, t, t + duration);
      if (g < minGap) minGap = g;
    }
    if (personWorst < worst) worst = personWorst;
    sum += personWorst;
    outside.push(personOutside);
  }
  const insideWorking = !outside.includes(true);
  const comfort = 0.7 * worst + 0.3 * (sum / people.length);
  const minGapMinutes = minGap === Infinity ? 0 : minGap;
  const score = scoreOf({ comfort, insideAllWorkingHours: insideWorking, tentative, minGapMinutes });
  return { starts, score, tentative, insideWorking, outside, minGap: minGapMinutes, day };
}

/** Greedy pick: best adjusted score, where each earlier pick on the same day costs points. */
function pickSpread(candidates: Candidate[], limit: number): Candidate[] {
  const picked: Candidate[] = [];
  const perDay = new Map<number, number>();
  const used = new Uint8Array(candidates.length);
  while (picked.length < limit) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (used[i] === 1) continue;
      const c = candidates[i]!;
      const adjusted = c.score - SAME_DAY_PENALTY * (perDay.get(c.day) ?? 0);
      // Strictly greater keeps the earliest start on ties (candidates are in time order).
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    }
    if (best < 0) break;
    const chosen = candidates[best]!;
    picked.push(chosen);
    perDay.set(chosen.day, (perDay.get(chosen.day) ?? 0) + 1);
    // Drop candidates overlapping the chosen one: offering 10:00 and 10:15 is no real choice.
    const s = chosen.starts[0]!;
    for (let i = 0; i < candidates.length; i++) {
      const o = candidates[i]!.starts[0]!;
      if (Math.abs(o - s) < MIN_DISTINCT_MS) used[i] = 1;
    }
  }
  return picked;
}

/** Two offered first starts are at least an hour apart. */
const MIN_DISTINCT_MS = 60 * MINUTE_MS;

function buildSlot(c: Candidate, input: SlotFinderInput, people: PersonAvailability[], duration: number): FoundSlot {
  const first = c.starts[0]!;
  const local: FoundSlot['local'] = {};
  people.forEach((p, i) => {
    local[p.id] = {
      start: formatWall(first + offsetAt(p.zone, first)),
      end: formatWall(first + duration + offsetAt(p.zone, first + duration)),
      timeZone: p.zone,
      outsideWorkingHours: c.outside[i] ?? false,
    };
  });
  const reasonFacts = slotReasonFacts(c, input, people, duration);
  return {
    start: first,
    end: first + duration,
    occurrences: c.starts.map((s) => ({ start: s, end: s + duration })),
    score: c.score,
    local,
    reasonFacts,
    reasons: reasonFacts.map(englishReason),
    tentative: c.tentative,
  };
}

function nothingFound(fact: EmptyReasonFact): SlotFinderResult {
  return { slots: [], emptyReason: englishEmptyReason(fact), emptyReasonFact: fact };
}
