import { z } from 'zod';

/** "Not interested" hides a suggestion for this long; then the person may be suggested again. */
export const DISMISSAL_DAYS = 90;
const DAY_MS = 86_400_000;

/** A dismissed suggestion: whom, and until when it stays hidden (private to the caller). */
export const suggestionDismissalSchema = z.object({
  userId: z.string(),
  until: z.iso.datetime({ offset: true }),
});
export type SuggestionDismissal = z.infer<typeof suggestionDismissalSchema>;

/** The dismissal made at `nowMs`. */
export function dismissalAt(userId: string, nowMs: number): SuggestionDismissal {
  return { userId, until: new Date(nowMs + DISMISSAL_DAYS * DAY_MS).toISOString() };
}

/** Ids still hidden at `nowMs` (expired dismissals no longer count). */
export function hiddenIds(dismissals: readonly SuggestionDismissal[], nowMs: number): Set<string> {
  return new Set(dismissals.filter((d) => Date.parse(d.until) > nowMs).map((d) => d.userId));
}
