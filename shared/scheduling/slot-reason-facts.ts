import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });
/** A person named in a reason: their id lets the reader's page say "you" for themselves. */
const person = z.object({ id: z.string(), name: z.string(), zone: z.string() });

/**
 * Why a slot was picked, as facts (names, zones, instants, counts), so each surface words them
 * from its message catalogue and formats the times in the reader's locale. The API's English
 * `reasons` are worded from the same facts (slot-reasons.ts).
 */
export const slotReasonFactSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('free'),
    people: z.array(z.string()),
    occurrences: z.number().int(),
    cadenceWeeks: z.number().int(),
  }),
  /** The first occurrence for each person; the surfaces show it as the slot's own lines. */
  z.object({ kind: z.literal('localTimes'), start: instant, end: instant, people: z.array(person) }),
  /** Occurrences whose local time differs from the first one's for this person (a clock change). */
  z.object({ kind: z.literal('clocksChange'), person, starts: z.array(instant) }),
  z.object({ kind: z.literal('comfortable'), people: z.array(z.string()) }),
  z.object({
    kind: z.literal('unsociable'),
    notes: z.array(z.object({ person, edge: z.enum(['early', 'late']), at: instant })),
  }),
  z.object({ kind: z.literal('tentative'), person, occurrences: z.array(z.number().int()) }),
  z.object({ kind: z.literal('outsideWorkingHours') }),
  z.object({ kind: z.literal('clearAround'), minutes: z.number().int(), people: z.array(z.string()) }),
  z.object({ kind: z.literal('buffer'), minutes: z.number().int() }),
  z.object({ kind: z.literal('backToBack') }),
]);
export type SlotReasonFact = z.infer<typeof slotReasonFactSchema>;
