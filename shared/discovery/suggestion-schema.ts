import { z } from 'zod';
import { cadenceWeeksSchema } from './cadence';
import { goalSchema } from './goals';

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
  cadenceWeeks: cadenceWeeksSchema,
  /** Why this cadence, shown beside it; the user decides. */
  cadenceReason: z.string(),
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
