/// <reference types="office-js" />

/** What the compose pane writes into the appointment being composed. Times are instants (UTC). */
export interface AppointmentPlan {
  start: Date;
  end: Date;
  attendee: { displayName: string; emailAddress: string };
  subject: string;
  /** HTML prepended to whatever the organiser has already written. */
  agendaHtml: string;
  location: string;
  recurrence?: {
    intervalWeeks: number;
    /** Office's day token for the first occurrence's day in the recurrence time zone. */
    day: 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
    /** Windows time zone name (Office's RecurrenceTimeZone values). */
    timeZone: string;
    /** First occurrence in the recurrence time zone; month is 1-12 here (Office wants 0-11). */
    startDate: { year: number; month: number; day: number };
    startTime: { hour: number; minute: number };
    durationMinutes: number;
  };
}

export type AppointmentField = 'start' | 'end' | 'attendee' | 'subject' | 'location' | 'agenda' | 'recurrence';

export interface FillReport {
  applied: AppointmentField[];
  /** Not tried: this Outlook lacks the Mailbox requirement set the field needs (e.g. "1.7"). */
  skipped: Array<{ field: AppointmentField; requirement: string }>;
  /** Tried and refused, with Office's own message when it gave one. */
  failed: Array<{ field: AppointmentField; message?: string }>;
}

/** The parts of Office.js the writer uses, so a host or a test can supply them. */
export interface OfficeMailboxHost {
  item: Office.AppointmentCompose;
  isSetSupported(name: string, version: string): boolean;
  newSeriesTime(): Office.SeriesTime;
}

/** The real host: Office.js as loaded in Outlook. */
export function officeMailboxHost(): OfficeMailboxHost {
  return {
    item: Office.context.mailbox.item as Office.AppointmentCompose,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Office.SeriesTime is constructible at run time though typed as an interface.
    newSeriesTime: () => new (Office as unknown as { SeriesTime: new () => Office.SeriesTime }).SeriesTime(),
  };
}

/**
 * Fills the appointment field by field and reports exactly what was applied, skipped (a missing
 * requirement set) or failed (Office's error), so the pane never leaves a half-filled item silently.
 */
export async function fillAppointment(host: OfficeMailboxHost, plan: AppointmentPlan): Promise<FillReport> {
  const report: FillReport = { applied: [], skipped: [], failed: [] };
  const { item } = host;
  const step = async (field: AppointmentField, requirement: string, run: (done: Callback) => void) => {
    if (!host.isSetSupported('Mailbox', requirement)) {
      report.skipped.push({ field, requirement });
      return;
    }
    const result = await new Promise<Office.AsyncResult<unknown>>((resolve) => {
      try {
        run(resolve);
      } catch (error) {
        resolve(failedResult(error));
      }
    });
    if (result.status === Office_AsyncResultStatus_Failed) {
      report.failed.push({ field, ...(result.error?.message ? { message: result.error.message } : {}) });
    } else {
      report.applied.push(field);
    }
  };

  await step('start', '1.1', (done) => item.start.setAsync(plan.start, done));
  await step('end', '1.1', (done) => item.end.setAsync(plan.end, done));
  await step('attendee', '1.1', (done) =>
    item.requiredAttendees.addAsync(
      [{ displayName: plan.attendee.displayName, emailAddress: plan.attendee.emailAddress }],
      done,
    ),
  );
  await step('subject', '1.1', (done) => item.subject.setAsync(plan.subject, done));
  await step('location', '1.1', (done) => item.location.setAsync(plan.location, done));
  await step('agenda', '1.1', (done) =>
    item.body.prependAsync(plan.agendaHtml, { coercionType: 'html' as Office.CoercionType }, done),
  );
  const recurrence = plan.recurrence;
  if (recurrence) {
    await step('recurrence', '1.7', (done) => {
      const series = host.newSeriesTime();
      series.setStartDate(recurrence.startDate.year, recurrence.startDate.month - 1, recurrence.startDate.day);
      series.setStartTime(recurrence.startTime.hour, recurrence.startTime.minute);
      series.setDuration(recurrence.durationMinutes);
      item.recurrence.setAsync(
        {
          recurrenceType: 'weekly',
          recurrenceProperties: { interval: recurrence.intervalWeeks, days: [recurrence.day] },
          recurrenceTimeZone: { name: recurrence.timeZone },
          seriesTime: series,
        } as Office.Recurrence,
        done,
      );
    });
  }
  return report;
}

type Callback = (result: Office.AsyncResult<unknown>) => void;

/** Office.AsyncResultStatus.Failed, without needing Office.js loaded (tests, plain browser). */
const Office_AsyncResultStatus_Failed = 'failed' as unknown as Office.AsyncResultStatus;

function failedResult(error: unknown): Office.AsyncResult<unknown> {
  return {
    status: Office_AsyncResultStatus_Failed,
    error: { message: error instanceof Error ? error.message : String(error), name: 'Error', code: 0 },
    value: undefined,
    asyncContext: undefined,
    diagnostics: undefined,
  } as Office.AsyncResult<unknown>;
}
