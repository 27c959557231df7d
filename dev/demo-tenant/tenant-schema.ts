import { z } from 'zod';

// The tenant file format. Shapes follow Graph's names so seed, file and simulator share one vocabulary.

const DayOfWeek = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
export type DayOfWeek = z.infer<typeof DayOfWeek>;
export const DAYS_OF_WEEK = DayOfWeek.options;

const TimeOfDay = z.string().regex(/^\d{2}:\d{2}:\d{2}(\.\d+)?$/, 'expected HH:MM:SS');
const IsoWithOffset = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

export const ShowAs = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere']);
export type ShowAs = z.infer<typeof ShowAs>;

export const RecurrencePattern = z.object({
  type: z.enum(['weekly', 'daily', 'absoluteMonthly']),
  interval: z.number().int().min(1).max(99),
  daysOfWeek: z.array(DayOfWeek).optional(),
  // Graph sends 0 for fields a pattern does not use; 0 reads as "absent".
  dayOfMonth: z.number().int().min(0).max(31).optional(),
  firstDayOfWeek: DayOfWeek.optional(),
});

export const RecurrenceRange = z.object({
  type: z.enum(['noEnd', 'endDate', 'numbered']),
  startDate: IsoDate,
  endDate: IsoDate.optional(),
  numberOfOccurrences: z.number().int().min(0).optional(),
  recurrenceTimeZone: z.string().min(1).optional(),
});

export const PatternedRecurrence = z
  .object({ pattern: RecurrencePattern, range: RecurrenceRange })
  .superRefine((r, ctx) => {
    if (r.pattern.type === 'weekly' && !r.pattern.daysOfWeek?.length) {
      ctx.addIssue({ code: 'custom', path: ['pattern', 'daysOfWeek'], message: 'weekly needs daysOfWeek' });
    }
    if (r.pattern.type === 'absoluteMonthly' && !r.pattern.dayOfMonth) {
      ctx.addIssue({ code: 'custom', path: ['pattern', 'dayOfMonth'], message: 'absoluteMonthly needs dayOfMonth' });
    }
    if (r.range.type === 'endDate' && !r.range.endDate) {
      ctx.addIssue({ code: 'custom', path: ['range', 'endDate'], message: 'Required' });
    }
    if (r.range.type === 'numbered' && !r.range.numberOfOccurrences) {
      ctx.addIssue({ code: 'custom', path: ['range', 'numberOfOccurrences'], message: 'Required' });
    }
  });
export type PatternedRecurrence = z.infer<typeof PatternedRecurrence>;

export const WorkingHours = z.object({
  daysOfWeek: z.array(DayOfWeek).min(1),
  startTime: TimeOfDay,
  endTime: TimeOfDay,
});

export const TenantUser = z.object({
  id: z.string().min(1),
  displayName: z.string().min(1),
  mail: z.email(),
  department: z.string().min(1),
  jobTitle: z.string().min(1),
  managerId: z.string().min(1).optional(),
  timeZone: z.string().min(1),
  workingHours: WorkingHours,
  /** False: the Peer 1:1s Teams app is not installed for this person, so activity notifications cannot reach them. */
  appInstalled: z.boolean().optional(),
});
export type TenantUser = z.infer<typeof TenantUser>;

const EmailAddress = z.object({ name: z.string(), address: z.string() });

export const TenantEvent = z.object({
  id: z.string().min(1),
  organizerId: z.string().min(1),
  attendeeIds: z.array(z.string().min(1)),
  subject: z.string(),
  start: IsoWithOffset,
  end: IsoWithOffset,
  showAs: ShowAs,
  isAllDay: z.boolean().optional(),
  recurrence: PatternedRecurrence.optional(),
  // Fields below are only set on events created through POST /me/events.
  externalAttendees: z.array(EmailAddress).optional(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }).optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.string().optional(),
  joinUrl: z.string().optional(),
  transactionId: z.string().optional(),
  createdDateTime: IsoWithOffset.optional(),
  // Calendar writes after creation: occurrences the organiser cancelled (UTC start instants), occurrences
  // each attendee declined, and attendees who declined the whole series (they leave attendeeIds).
  cancelledOccurrences: z.array(IsoWithOffset).optional(),
  declinedOccurrences: z.record(z.string(), z.array(IsoWithOffset)).optional(),
  declinedAttendeeIds: z.array(z.string().min(1)).optional(),
});
export type TenantEvent = z.infer<typeof TenantEvent>;

export const TenantDataSchema = z
  .object({
    tenantId: z.string().min(1),
    users: z.array(TenantUser).min(1),
    events: z.array(TenantEvent),
  })
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    const mails = new Set<string>();
    t.users.forEach((u, i) => {
      if (ids.has(u.id)) ctx.addIssue({ code: 'custom', path: ['users', i, 'id'], message: `duplicate id '${u.id}'` });
      ids.add(u.id);
      const mail = u.mail.toLowerCase();
      if (mails.has(mail))
        ctx.addIssue({ code: 'custom', path: ['users', i, 'mail'], message: `duplicate mail '${u.mail}'` });
      mails.add(mail);
    });
    t.users.forEach((u, i) => {
      if (u.managerId !== undefined && !ids.has(u.managerId)) {
        ctx.addIssue({ code: 'custom', path: ['users', i, 'managerId'], message: `unknown user '${u.managerId}'` });
      }
    });
    t.events.forEach((e, i) => {
      if (!ids.has(e.organizerId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'organizerId'],
          message: `unknown user '${e.organizerId}'`,
        });
      }
      e.attendeeIds.forEach((a, j) => {
        if (!ids.has(a))
          ctx.addIssue({ code: 'custom', path: ['events', i, 'attendeeIds', j], message: `unknown user '${a}'` });
      });
      if (Date.parse(e.end) < Date.parse(e.start)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'end'], message: 'end is before start' });
      }
    });
  });
export type TenantData = z.infer<typeof TenantDataSchema>;

/** Renders a zod path the way people read it: users[3].timeZone */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export class TenantFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid tenant data: ${problems.join('; ')}`);
    this.name = 'TenantFileError';
  }
}

/** Validates tenant JSON (already parsed or as text); throws TenantFileError naming each bad field. */
export function parseTenant(json: unknown): TenantData {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new TenantFileError([`(root): not valid JSON (${(e as Error).message})`]);
    }
  }
  const result = TenantDataSchema.safeParse(value, {
    error: (issue) => (issue.input === undefined ? 'Required' : undefined),
  });
  if (!result.success) {
    throw new TenantFileError(result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  return result.data;
}
