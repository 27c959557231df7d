import { z } from 'zod';
import { emptyReasonFactSchema } from './empty-reason-facts';
import { slotReasonFactSchema } from './slot-reason-facts';

const isoInstant = z.iso.datetime({ offset: true });
/** Local wall time, `YYYY-MM-DDTHH:mm`, no offset. */
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const slotOccurrenceSchema = z.object({ start: isoInstant, end: isoInstant });

export const slotLocalTimeSchema = z.object({
  start: localTime,
  end: localTime,
  /** IANA zone name. */
  timeZone: z.string(),
  /**
   * Some occurrence lies outside this person's working hours (only possible when the request set
   * `requireWorkingHours: false`): the surfaces label the time so, for each person.
   */
  outsideWorkingHours: z.boolean(),
});

export const slotSchema = z.object({
  start: isoInstant,
  end: isoInstant,
  occurrences: z.array(slotOccurrenceSchema),
  score: z.number(),
  /** First occurrence in each person's local time, keyed by user id. */
  local: z.record(z.string(), slotLocalTimeSchema),
  /** The reasons in English, for API readers; the surfaces word `reasonFacts` themselves. */
  reasons: z.array(z.string()),
  reasonFacts: z.array(slotReasonFactSchema).optional(),
  tentative: z.boolean(),
});
export type Slot = z.infer<typeof slotSchema>;

/** Body of a `POST /api/slots` answer. */
export const slotsResponseSchema = z.object({
  slots: z.array(slotSchema),
  /** Why there are no slots, in English; present only when `slots` is empty. */
  emptyReason: z.string().optional(),
  /** The same reason as a fact, for the surfaces to word in the reader's language. */
  emptyReasonFact: emptyReasonFactSchema.optional(),
});
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;
