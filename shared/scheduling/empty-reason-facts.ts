import { z } from 'zod';

const hhmm = z.string().regex(/^\d{2}:\d{2}$/);
/** A person's daily working hours in their own zone (IANA), as their calendar gives them. */
const personHours = z.object({ name: z.string(), zone: z.string(), start: hhmm, end: hhmm });
const minutes = z.number().int().min(1);

/**
 * Why a search found no time, as facts, so each surface words it from its catalogue with the hours
 * on the reader's clock. The API's English `emptyReason` is worded from the same fact (empty-reason.ts).
 */
export const emptyReasonFactSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('windowPassed') }),
  z.object({ kind: z.literal('hoursNeverOverlap'), people: z.tuple([personHours, personHours]) }),
  z.object({ kind: z.literal('hoursOverlapShort'), people: z.tuple([z.string(), z.string()]), minutes }),
  /** Working hours overlap, but not within the preferred hours and days. */
  z.object({ kind: z.literal('preferencesExclude'), minutes }),
  z.object({ kind: z.literal('fullyBooked'), minutes }),
  /** The first occurrence has free time, later ones do not; the person blocking most, if any. */
  z.object({
    kind: z.literal('laterOccurrences'),
    occurrences: z.number().int(),
    cadenceWeeks: z.number().int(),
    blocker: z.object({ name: z.string(), outOfOffice: z.boolean() }).optional(),
  }),
]);
export type EmptyReasonFact = z.infer<typeof emptyReasonFactSchema>;
