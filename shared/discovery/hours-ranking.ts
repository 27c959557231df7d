import type { WorkingHours } from '../scheduling/slot-finder-input';
import { resolveTimeZone, zonePlace } from '../scheduling/time-zones';
import { workingHoursOverlap } from '../scheduling/working-hours-overlap';
import type { PeerSuggestion, SuggestionReason } from './suggestion-schema';

export interface HoursRankingInput {
  /** Ranked by the collaboration signals, best first. */
  suggestions: readonly PeerSuggestion[];
  /** The caller's working hours; null when unknown. */
  myHours: WorkingHours | null;
  /** Each suggested person's working hours by user id; missing or null when unknown. */
  hoursOf: Readonly<Record<string, WorkingHours | null>>;
  /** Epoch ms the overlap is measured from (two weeks on). */
  from: number;
}

/** "Your working hours don't overlap (London 08:00–16:00)": the one reason shown for such a peer. */
export function noOverlapReason(theirs: WorkingHours): string {
  const { place, start, end } = noOverlapFact(theirs);
  return `Your working hours don't overlap (${place} ${start}–${end})`;
}

/** The same reason as facts, for pages that word it in the user's language. */
export function noOverlapFact(theirs: WorkingHours): SuggestionReason & { kind: 'hoursApart' } {
  const zone = resolveTimeZone(theirs.timeZone);
  const place = zone === null ? theirs.timeZone : zonePlace(zone);
  return { kind: 'hoursApart', place, start: theirs.startTime.slice(0, 5), end: theirs.endTime.slice(0, 5) };
}

/**
 * Working-hours overlap on top of the ranking: the same people, where those whose hours overlap the
 * caller's (or are unknown) keep their order, and those whose hours never overlap are still listed,
 * after all of them, with that single reason, so the start dialog can offer times outside working hours.
 */
export function rankByWorkingHours(input: HoursRankingInput): PeerSuggestion[] {
  const meeting: PeerSuggestion[] = [];
  const apart: PeerSuggestion[] = [];
  for (const suggestion of input.suggestions) {
    const theirs = input.hoursOf[suggestion.user.id] ?? null;
    const overlap = input.myHours && theirs ? workingHoursOverlap(input.myHours, theirs, input.from) : null;
    if (overlap === null || theirs === null) meeting.push(suggestion);
    else if (overlap.dailyMinutes > 0) meeting.push({ ...suggestion, hoursOverlapMinutes: overlap.dailyMinutes });
    else
      apart.push({
        ...suggestion,
        reasons: [noOverlapReason(theirs)],
        reasonFacts: [noOverlapFact(theirs)],
        hoursOverlapMinutes: 0,
      });
  }
  return [...meeting, ...apart];
}
