import { z } from 'zod';
import { cadenceWeeksSchema } from '../discovery/cadence';

export const healthSchema = z.enum(['on-track', 'due-soon', 'overdue', 'not-scheduled']);
export type Health = z.infer<typeof healthSchema>;

export const healthLabels: Record<Health, string> = {
  'on-track': 'On track',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'not-scheduled': 'Not scheduled',
};

export const healthInputSchema = z.object({
  cadenceWeeks: cadenceWeeksSchema,
  /** Start of the last meeting that was held, epoch ms; null before the first one. */
  lastMetAt: z.number().nullable(),
  /** Start of the next booked meeting, epoch ms; null when none is booked. */
  nextMeetingAt: z.number().nullable(),
  now: z.number(),
});
export type HealthInput = z.infer<typeof healthInputSchema>;

export const healthAssessmentSchema = z.object({
  health: healthSchema,
  /** When the next meeting is due by the cadence; null before the first meeting. */
  dueAt: z.number().nullable(),
  reason: z.string(),
});
export type HealthAssessment = z.infer<typeof healthAssessmentSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How close to the due date counts as "due soon", and how late a booked meeting may be and
 * still be on track: a week, or less for the shortest cadences so the window stays meaningful.
 */
export function slackDays(cadenceWeeks: number): number {
  return cadenceWeeks >= 4 ? 7 : 3;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The tab's health badge for one relationship, with the reason shown beside it. */
export function assessHealth(input: HealthInput): HealthAssessment {
  const { cadenceWeeks, lastMetAt, now } = input;
  // A "next" meeting in the past was either held (and is lastMetAt) or missed; either way not upcoming.
  const next = input.nextMeetingAt !== null && input.nextMeetingAt >= now ? input.nextMeetingAt : null;
  const slack = slackDays(cadenceWeeks) * DAY_MS;
  const every = `every ${cadenceWeeks} weeks`;

  if (lastMetAt === null) {
    if (next === null) return { health: 'not-scheduled', dueAt: null, reason: 'No meeting booked yet' };
    return {
      health: 'on-track',
      dueAt: null,
      reason: `First meeting in ${days(Math.ceil((next - now) / DAY_MS))}`,
    };
  }

  const dueAt = lastMetAt + cadenceWeeks * 7 * DAY_MS;
  const sinceLast = `last met ${days(Math.floor((now - lastMetAt) / DAY_MS))} ago`;

  if (next !== null && next <= dueAt + slack) {
    return {
      health: 'on-track',
      dueAt,
      reason: `Next meeting in ${days(Math.ceil((next - now) / DAY_MS))}, ${every}`,
    };
  }
  if (now > dueAt) {
    const late = days(Math.floor((now - dueAt) / DAY_MS));
    const booked = next === null ? 'nothing booked' : `next meeting only in ${days(Math.ceil((next - now) / DAY_MS))}`;
    return { health: 'overdue', dueAt, reason: `Due ${late} ago (${every}): ${sinceLast}, ${booked}` };
  }
  if (now >= dueAt - slack) {
    const inDays = days(Math.ceil((dueAt - now) / DAY_MS));
    const booked = next === null ? 'nothing booked yet' : 'the booked meeting is later than that';
    return { health: 'due-soon', dueAt, reason: `Due in ${inDays} (${every}), ${booked}` };
  }
  if (next === null) {
    return { health: 'not-scheduled', dueAt, reason: `No next meeting booked; ${sinceLast}, ${every}` };
  }
  return {
    health: 'on-track',
    dueAt,
    reason: `Not due for ${days(Math.ceil((dueAt - now) / DAY_MS))}; the booked meeting runs late, so consider moving it`,
  };
}
