import type { EmptyReasonFact } from './empty-reason-facts';
import type { SlotReasonFact } from './slot-reason-facts';
import { z } from 'zod';
import { slotPreferencesSchema } from './slot-request';

export const busyStatusSchema = z.enum(['busy', 'oof', 'tentative', 'workingElsewhere']);
export type BusyStatus = z.infer<typeof busyStatusSchema>;

export const busyIntervalSchema = z.object({
  start: z.number(),
  end: z.number(),
  status: busyStatusSchema,
});
export type BusyInterval = z.infer<typeof busyIntervalSchema>;

/** Working hours as Graph reports them; `timeZone` may be a Windows or an IANA name. */
export const workingHoursSchema = z.object({
  daysOfWeek: z.array(z.string()),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.string(),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const slotPersonSchema = z.object({
  id: z.string(),
  /** Shown in reasons; the id is used when absent. */
  name: z.string().optional(),
  busy: z.array(busyIntervalSchema),
  /** Null when unknown: the person is then treated as available at any hour, in `fallbackTimeZone`. */
  workingHours: workingHoursSchema.nullable(),
  /** Zone used for local times when working hours are missing (default: the organiser's, else UTC). */
  fallbackTimeZone: z.string().optional(),
});
export type SlotPerson = z.infer<typeof slotPersonSchema>;

/** Everything the engine needs; all instants are epoch ms. */
export const slotFinderInputSchema = z.object({
  now: z.number(),
  organizerId: z.string(),
  people: z.array(slotPersonSchema).min(1).max(20),
  windowStart: z.number(),
  windowEnd: z.number(),
  durationMinutes: z.number().int().min(15).max(120),
  granularityMinutes: z.number().int().min(5).max(60),
  cadenceWeeks: z.number().int().min(1).max(12),
  occurrences: z.number().int().min(1).max(12),
  preferences: slotPreferencesSchema.optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export type SlotFinderInput = z.infer<typeof slotFinderInputSchema>;

export interface FoundSlot {
  start: number;
  end: number;
  occurrences: Array<{ start: number; end: number }>;
  score: number;
  /** First occurrence in each person's local time, and whether any occurrence is outside their working hours. */
  local: Record<string, { start: string; end: string; timeZone: string; outsideWorkingHours: boolean }>;
  reasons: string[];
  reasonFacts: SlotReasonFact[];
  tentative: boolean;
}

export interface SlotFinderResult {
  slots: FoundSlot[];
  /** Present only when `slots` is empty: why, as a fact and in English. */
  emptyReason?: string;
  emptyReasonFact?: EmptyReasonFact;
}
