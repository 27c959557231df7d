import { z } from 'zod';
import { cadenceWeeksSchema } from './cadence';
import { cadenceSuggestionFactsSchema } from './cadence-reason-facts';
import { goalSchema } from './goals';

/**
 * The facts behind each reason, so a page can word them in the user's language (`reasons` stays the
 * English wording, in the same order, for callers that only show text).
 */
export const suggestionReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('metTogether'),
    meetings: z.number().int(),
    small: z.number().int(),
    days: z.number().int(),
  }),
  z.object({ kind: z.literal('rolesPair'), first: z.string(), second: z.string() }),
  z.object({ kind: z.literal('workedWithMost'), top: z.number().int() }),
  z.object({ kind: z.literal('hoursApart'), place: z.string(), start: z.string(), end: z.string() }),
]);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

/** One "whom to start a peer 1:1 with" suggestion, as GET /api/peers/suggestions lists them. */
export const peerSuggestionSchema = z.object({
  user: z.object({
    id: z.string(),
    displayName: z.string(),
    department: z.string().nullable(),
    jobTitle: z.string().nullable(),
  }),
  /** 0..1, higher is a better fit; only meaningful for ordering within one answer. */
  score: z.number().min(0).max(1),
  /** Plain-language reasons, strongest first. */
  reasons: z.array(z.string()),
  reasonFacts: z.array(suggestionReasonSchema).optional(),
  cadenceWeeks: cadenceWeeksSchema,
  /** Why this cadence, shown beside it; the user decides. */
  cadenceReason: z.string(),
  /** What `cadenceReason` says, for pages that word it themselves (absent from older functions). */
  cadenceReasonFacts: cadenceSuggestionFactsSchema.optional(),
  goal: goalSchema,
  /**
   * The longest daily stretch both people work at the same time, in minutes; 0 = their working
   * hours never overlap (the start dialog then offers times outside them). Absent when unknown.
   */
  hoursOverlapMinutes: z.number().int().min(0).optional(),
});
export type PeerSuggestion = z.infer<typeof peerSuggestionSchema>;

export const peerSuggestionsResponseSchema = z.object({
  suggestions: z.array(peerSuggestionSchema),
});
export type PeerSuggestionsResponse = z.infer<typeof peerSuggestionsResponseSchema>;
