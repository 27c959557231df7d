import { z } from 'zod';

/**
 * The facts behind the cadence reasons, so a page words them in the user's language and locale.
 * The API's English `reason` strings are worded from the same facts (cadence-reasons.ts). The
 * cadences themselves are not repeated here: the answers carry them beside the facts.
 */

/** Why a first cadence was suggested: how closely the two already work together. */
export const cadenceBasisSchema = z.enum([
  'veryClose',
  'close',
  'regular',
  'occasional',
  'nowAndThen',
  /** No meetings, but the method pairs their roles. */
  'rolesPair',
  'none',
]);
export type CadenceBasis = z.infer<typeof cadenceBasisSchema>;

export const cadenceSuggestionFactsSchema = z.object({
  /** Meetings together in the last `days` days, and how many of them were small. */
  meetings: z.number().int().min(0),
  small: z.number().int().min(0),
  days: z.number().int().min(1),
  basis: cadenceBasisSchema,
});
export type CadenceSuggestionFacts = z.infer<typeof cadenceSuggestionFactsSchema>;

/** What the advice concludes; the cadences it names are the answer's `current` and `suggested`. */
export const cadenceAdviceOutcomeSchema = z.enum([
  /** Meetings go badly, but many commitments are open: keep the cadence to follow them up. */
  'keepToFollowUp',
  /** Meetings go badly and the cadence is already the longest. */
  'alreadyLongest',
  'longer',
  /** Many commitments are open: a shorter cadence. */
  'shorter',
  /** Many commitments are open and the cadence is already short. */
  'keepShort',
  'fine',
  'noneYet',
]);
export type CadenceAdviceOutcome = z.infer<typeof cadenceAdviceOutcomeSchema>;

/** Each part is present only when it is one of the advice's reasons. */
export const cadenceAdviceFactsSchema = z.object({
  /** The latest ratings trend low: how many were counted and their mean (shown to one decimal). */
  lowRatings: z.object({ count: z.number().int().min(1), mean: z.number().min(1).max(5) }).optional(),
  /** `skipped` of the latest `of` past meetings were not held. */
  skipped: z.object({ skipped: z.number().int().min(0), of: z.number().int().min(1) }).optional(),
  /** Open commitments between the two (with keepToFollowUp, shorter and keepShort). */
  openCommitments: z.number().int().min(0).optional(),
  outcome: cadenceAdviceOutcomeSchema,
});
export type CadenceAdviceFacts = z.infer<typeof cadenceAdviceFactsSchema>;
