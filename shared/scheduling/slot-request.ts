import { z } from 'zod';
import { DAY_NAMES } from './working-hours';

/** Longest search window; Graph getSchedule accepts less than 62 days per call. */
export const MAX_WINDOW_DAYS = 61;

export const dayNameSchema = z.enum(DAY_NAMES, {
  error: `Use a lowercase English day name: ${DAY_NAMES.join(', ')}`,
});

export const slotPreferencesSchema = z
  .object({
    /** Earliest local hour (each person's own time) a meeting may start. */
    earliestHour: z
      .number({ error: 'earliestHour must be a number' })
      .min(0, 'earliestHour must be 0–24')
      .max(24, 'earliestHour must be 0–24')
      .optional(),
    /** Latest local hour (each person's own time) a meeting may end. */
    latestHour: z
      .number({ error: 'latestHour must be a number' })
      .min(0, 'latestHour must be 0–24')
      .max(24, 'latestHour must be 0–24')
      .optional(),
    /** Local weekdays (for anyone) on which no occurrence may fall. */
    avoidDays: z.array(dayNameSchema).max(7).optional(),
    /** Free minutes kept next to other busy time on both sides of each occurrence. */
    bufferMinutes: z
      .number()
      .int('bufferMinutes must be a whole number')
      .min(0, 'bufferMinutes must be 0–60')
      .max(60, 'bufferMinutes must be 0–60')
      .optional(),
    /** Only offer times inside everyone's working hours (default true). */
    requireWorkingHours: z.boolean().optional(),
  })
  .refine((p) => p.earliestHour === undefined || p.latestHour === undefined || p.earliestHour < p.latestHour, {
    error: 'earliestHour must be before latestHour',
    path: ['latestHour'],
  });
export type SlotPreferences = z.infer<typeof slotPreferencesSchema>;

export const granularitySchema = z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(30), z.literal(60)], {
  error: 'granularityMinutes must be one of 5, 10, 15, 30, 60',
});

/** Body of `POST /api/slots`. */
export const slotRequestSchema = z.object({
  /** Other attendees (user id or mail); the caller is the organiser and is added by the route. */
  peers: z
    .array(z.string().trim().min(1, 'A peer id or mail cannot be empty'), {
      error: 'peers must be a list of user ids or mails',
    })
    .min(1, 'Name at least one peer')
    .max(19, 'At most 19 peers (Graph checks 20 calendars per request, including yours)'),
  durationMinutes: z
    .number()
    .int('durationMinutes must be a whole number')
    .min(15, 'durationMinutes must be 15–120')
    .max(120, 'durationMinutes must be 15–120')
    .default(30),
  cadenceWeeks: z
    .number()
    .int('cadenceWeeks must be a whole number')
    .min(1, 'cadenceWeeks must be 1–12')
    .max(12, 'cadenceWeeks must be 1–12')
    .default(4),
  occurrences: z
    .number()
    .int('occurrences must be a whole number')
    .min(1, 'occurrences must be 1–12')
    .max(12, 'occurrences must be 1–12')
    .default(3),
  from: z.iso
    .datetime({
      offset: true,
      error: 'from must be an ISO date-time with a time zone offset, e.g. 2026-03-02T09:00:00Z',
    })
    .optional(),
  days: z
    .number()
    .int('days must be a whole number')
    .min(1, `days must be 1–${MAX_WINDOW_DAYS}`)
    .max(MAX_WINDOW_DAYS, `days must be 1–${MAX_WINDOW_DAYS}`)
    .default(14),
  granularityMinutes: granularitySchema.default(15),
  preferences: slotPreferencesSchema.optional(),
});
export type SlotRequest = z.infer<typeof slotRequestSchema>;
/** What a client may send (defaults not yet applied). */
export type SlotRequestInput = z.input<typeof slotRequestSchema>;
