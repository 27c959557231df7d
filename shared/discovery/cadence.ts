import { z } from 'zod';

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

function times(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * First cadence for a new pair, from how much they already work together: the closest
 * collaborators every 2–4 weeks, occasional ones every 6–8, rare ones every 12.
 */
export function suggestCadence(collab: Collaboration): CadenceSuggestion {
  const all = collab.meetingsLast90Days;
  const small = Math.min(collab.smallMeetingsLast90Days, all);
  const together = `${times(all, 'meeting')} together in the last 90 days`;
  const smallPart = small > 0 ? `, ${small} of them small` : '';
  if (small >= 12) {
    return { cadenceWeeks: 2, reason: `${together}${smallPart}: you work very closely, so every 2 weeks` };
  }
  if (small >= 6 || all >= 20) {
    return { cadenceWeeks: 3, reason: `${together}${smallPart}: close collaborators, so every 3 weeks` };
  }
  if (small >= 3 || all >= 10) {
    return { cadenceWeeks: 4, reason: `${together}${smallPart}: regular collaborators, so every 4 weeks` };
  }
  if (small >= 1 || all >= 4) {
    return { cadenceWeeks: 6, reason: `${together}${smallPart}: occasional collaborators, so every 6 weeks` };
  }
  if (all >= 1 || (collab.pairWeight ?? 0) >= 1) {
    const why = all >= 1 ? `${together}: you cross paths now and then` : 'Your roles hand work to each other';
    return { cadenceWeeks: 8, reason: `${why}, so every 8 weeks` };
  }
  return { cadenceWeeks: 12, reason: 'No meetings together in the last 90 days, so every 12 weeks to start' };
}

export const cadenceAdviceSchema = z.object({
  current: cadenceWeeksSchema,
  suggested: cadenceWeeksSchema,
  change: z.enum(['shorter', 'longer', 'keep']),
  reason: z.string(),
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

  const slowDownWhy: string[] = [];
  if (ratingsLow && ratingMean !== null) {
    slowDownWhy.push(
      `the last ${recentRatings.length} meetings were rated ${ratingMean.toFixed(1)} out of 5 on average`,
    );
  }
  if (oftenSkipped) {
    slowDownWhy.push(`${skipped} of the last ${recentMeetings.length} meetings were skipped`);
  }
  const commitmentsWhy = `${openCommitments} commitments between you are still open`;

  if (slowDownWhy.length > 0) {
    if (manyCommitments) {
      return {
        current,
        suggested: current,
        change: 'keep',
        reason: `${capitalise(slowDownWhy.join(' and '))}, but ${commitmentsWhy}: keep every ${current} weeks to follow them up`,
      };
    }
    const suggested = stepLonger(current);
    if (suggested === current) {
      return {
        current,
        suggested,
        change: 'keep',
        reason: `${capitalise(slowDownWhy.join(' and '))}; every ${current} weeks is already the longest cadence`,
      };
    }
    return {
      current,
      suggested,
      change: 'longer',
      reason: `${capitalise(slowDownWhy.join(' and '))}: try every ${suggested} weeks instead of ${current}`,
    };
  }

  if (manyCommitments) {
    if (current > SHORT_CADENCE) {
      const suggested = stepShorter(current);
      return {
        current,
        suggested,
        change: 'shorter',
        reason: `${capitalise(commitmentsWhy)}: meet every ${suggested} weeks instead of ${current} to keep them moving`,
      };
    }
    return {
      current,
      suggested: current,
      change: 'keep',
      reason: `${capitalise(commitmentsWhy)}: keep it short at every ${current} weeks`,
    };
  }

  const why =
    recentMeetings.length === 0 && recentRatings.length === 0
      ? 'No meetings or ratings yet'
      : 'Meetings are happening and rated fine';
  return {
    current,
    suggested: current,
    change: 'keep',
    reason: `${why}: keep every ${current} weeks`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
