import { z } from 'zod';
import {
  cadenceAdviceFactsSchema,
  cadenceSuggestionFactsSchema,
  type CadenceAdviceFacts,
  type CadenceAdviceOutcome,
  type CadenceBasis,
} from './cadence-reason-facts';
import { englishAdviceReason, englishSuggestionReason } from './cadence-reasons';

/** Cadences the product offers, in weeks. */
export const cadenceValues = [2, 3, 4, 6, 8, 12] as const;
export const cadenceWeeksSchema = z.union([
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(6),
  z.literal(8),
  z.literal(12),
]);
export type CadenceWeeks = z.infer<typeof cadenceWeeksSchema>;

export const cadenceSuggestionSchema = z.object({
  cadenceWeeks: cadenceWeeksSchema,
  reason: z.string(),
  /** What `reason` says, for pages that word it themselves. */
  reasonFacts: cadenceSuggestionFactsSchema,
});
export type CadenceSuggestion = z.infer<typeof cadenceSuggestionSchema>;

export const collaborationSchema = z.object({
  meetingsLast90Days: z.number().int().min(0),
  /** Of those, meetings with at most `SMALL_MEETING_MAX_ATTENDEES` people. */
  smallMeetingsLast90Days: z.number().int().min(0),
  /** Weight of the method's role pairing for the two, 0 when none. */
  pairWeight: z.number().min(0).max(1).optional(),
});
export type Collaboration = z.infer<typeof collaborationSchema>;

/** A meeting this size or smaller counts as "small": everyone in it actually talks. */
export const SMALL_MEETING_MAX_ATTENDEES = 5;
/** The window `Collaboration` counts meetings in. */
const COLLABORATION_DAYS = 90;

function suggestion(cadenceWeeks: CadenceWeeks, basis: CadenceBasis, collab: Collaboration): CadenceSuggestion {
  const meetings = collab.meetingsLast90Days;
  const reasonFacts = {
    meetings,
    small: Math.min(collab.smallMeetingsLast90Days, meetings),
    days: COLLABORATION_DAYS,
    basis,
  };
  return { cadenceWeeks, reason: englishSuggestionReason(reasonFacts, cadenceWeeks), reasonFacts };
}

/**
 * First cadence for a new pair, from how much they already work together: the closest
 * collaborators every 2–4 weeks, occasional ones every 6–8, rare ones every 12.
 */
export function suggestCadence(collab: Collaboration): CadenceSuggestion {
  const all = collab.meetingsLast90Days;
  const small = Math.min(collab.smallMeetingsLast90Days, all);
  if (small >= 12) return suggestion(2, 'veryClose', collab);
  if (small >= 6 || all >= 20) return suggestion(3, 'close', collab);
  if (small >= 3 || all >= 10) return suggestion(4, 'regular', collab);
  if (small >= 1 || all >= 4) return suggestion(6, 'occasional', collab);
  if (all >= 1) return suggestion(8, 'nowAndThen', collab);
  if ((collab.pairWeight ?? 0) >= 1) return suggestion(8, 'rolesPair', collab);
  return suggestion(12, 'none', collab);
}

export const cadenceAdviceSchema = z.object({
  current: cadenceWeeksSchema,
  suggested: cadenceWeeksSchema,
  change: z.enum(['shorter', 'longer', 'keep']),
  reason: z.string(),
  /** What `reason` says, for pages that word it themselves; optional for answers from older functions. */
  reasonFacts: cadenceAdviceFactsSchema.optional(),
});
export type CadenceAdvice = z.infer<typeof cadenceAdviceSchema>;

export const cadenceHistorySchema = z.object({
  current: cadenceWeeksSchema,
  /** Private "how useful was this?" ratings; only their trend is used, never who gave them. */
  ratings: z.array(z.object({ at: z.number(), rating: z.number().int().min(1).max(5) })),
  meetings: z.array(z.object({ start: z.number(), held: z.boolean() })),
  openCommitments: z.number().int().min(0),
  now: z.number(),
});
export type CadenceHistory = z.infer<typeof cadenceHistorySchema>;

/** How many of the latest ratings make a trend, and the mean at or below which it is "low". */
const RECENT_RATINGS = 3;
const LOW_RATING_MEAN = 2.5;
/** Among the latest past meetings, this many skipped means the rhythm is too tight. */
const RECENT_MEETINGS = 4;
const SKIPPED_TOO_MANY = 2;
/** This many open commitments between the two is worth a short cadence to follow up. */
const MANY_COMMITMENTS = 3;
/** Cadences up to this count as short already. */
const SHORT_CADENCE = 4;

function stepLonger(c: CadenceWeeks): CadenceWeeks {
  const i = cadenceValues.indexOf(c);
  return cadenceValues[Math.min(i + 1, cadenceValues.length - 1)] ?? c;
}

function stepShorter(c: CadenceWeeks): CadenceWeeks {
  const i = cadenceValues.indexOf(c);
  return cadenceValues[Math.max(i - 1, 0)] ?? c;
}

/**
 * Re-suggest a cadence from how the relationship has gone. Advice only: the caller shows it with
 * its reason and applies nothing without the user's say-so.
 */
export function adviseCadence(history: CadenceHistory): CadenceAdvice {
  const { current, now, openCommitments } = history;

  const recentRatings = history.ratings
    .filter((r) => r.at <= now)
    .sort((a, b) => a.at - b.at)
    .slice(-RECENT_RATINGS);
  const ratingMean =
    recentRatings.length > 0 ? recentRatings.reduce((sum, r) => sum + r.rating, 0) / recentRatings.length : null;
  // Two or more ratings make a trend; a single bad meeting does not.
  const ratingsLow = recentRatings.length >= 2 && ratingMean !== null && ratingMean <= LOW_RATING_MEAN;

  const recentMeetings = history.meetings
    .filter((m) => m.start <= now)
    .sort((a, b) => a.start - b.start)
    .slice(-RECENT_MEETINGS);
  const skipped = recentMeetings.filter((m) => !m.held).length;
  const oftenSkipped = skipped >= SKIPPED_TOO_MANY;

  const manyCommitments = openCommitments >= MANY_COMMITMENTS;

  const lowRatings = ratingsLow && ratingMean !== null ? { count: recentRatings.length, mean: ratingMean } : undefined;
  const skippedPart = oftenSkipped ? { skipped, of: recentMeetings.length } : undefined;
  const slowDown = { ...(lowRatings ? { lowRatings } : {}), ...(skippedPart ? { skipped: skippedPart } : {}) };
  const commitments = { openCommitments };
  const advice = (
    suggested: CadenceWeeks,
    outcome: CadenceAdviceOutcome,
    parts: Omit<CadenceAdviceFacts, 'outcome'>,
  ): CadenceAdvice => {
    const reasonFacts: CadenceAdviceFacts = { ...parts, outcome };
    return {
      current,
      suggested,
      // The outcome already chose the cadence; the direction follows from it.
      change: suggested > current ? 'longer' : suggested < current ? 'shorter' : 'keep',
      reason: englishAdviceReason(reasonFacts, current, suggested),
      reasonFacts,
    };
  };

  if (lowRatings || skippedPart) {
    if (manyCommitments) return advice(current, 'keepToFollowUp', { ...slowDown, ...commitments });
    const suggested = stepLonger(current);
    if (suggested === current) return advice(current, 'alreadyLongest', slowDown);
    return advice(suggested, 'longer', slowDown);
  }

  if (manyCommitments) {
    if (current > SHORT_CADENCE) return advice(stepShorter(current), 'shorter', commitments);
    return advice(current, 'keepShort', commitments);
  }

  const noneYet = recentMeetings.length === 0 && recentRatings.length === 0;
  return advice(current, noneYet ? 'noneYet' : 'fine', {});
}
