import { describe, expect, it } from 'vitest';
import {
  fillAppointment,
  type AppointmentPlan,
  type OfficeMailboxHost,
} from '../../../addin/src/compose/appointment-writer';

/**
 * A faithful stand-in for Office.context.mailbox.item in appointment compose: every setter takes
 * the same arguments as Office.js, answers through an AsyncResult callback, and records its call.
 */
function fakeOutlook(options: { supported?: string[]; failing?: string[] } = {}) {
  const supported = new Set(options.supported ?? ['1.1', '1.3', '1.7']);
  const failing = new Set(options.failing ?? []);
  const calls: Array<{ api: string; args: unknown[] }> = [];
  const asyncApi =
    (api: string) =>
    (...args: unknown[]) => {
      const callback = args.pop() as (r: Office.AsyncResult<void>) => void;
      calls.push({ api, args });
      queueMicrotask(() =>
        callback(
          (failing.has(api)
            ? { status: 'failed', error: { name: 'GenericResponseError', message: `${api} refused`, code: 9020 } }
            : { status: 'succeeded', value: undefined }) as unknown as Office.AsyncResult<void>,
        ),
      );
    };
  const seriesCalls: Array<{ api: string; args: unknown[] }> = [];
  const item = {
    start: { setAsync: asyncApi('start.setAsync') },
    end: { setAsync: asyncApi('end.setAsync') },
    requiredAttendees: { addAsync: asyncApi('requiredAttendees.addAsync') },
    subject: { setAsync: asyncApi('subject.setAsync') },
    location: { setAsync: asyncApi('location.setAsync') },
    body: { prependAsync: asyncApi('body.prependAsync') },
    recurrence: { setAsync: asyncApi('recurrence.setAsync') },
  };
  const host: OfficeMailboxHost = {
    item: item as unknown as Office.AppointmentCompose,
    isSetSupported: (name, version) => name === 'Mailbox' && supported.has(version),
    newSeriesTime: () =>
      ({
        setStartDate: (...args: unknown[]) => seriesCalls.push({ api: 'setStartDate', args }),
        setStartTime: (...args: unknown[]) => seriesCalls.push({ api: 'setStartTime', args }),
        setDuration: (...args: unknown[]) => seriesCalls.push({ api: 'setDuration', args }),
      }) as unknown as Office.SeriesTime,
  };
  return { host, calls, seriesCalls };
}

const plan: AppointmentPlan = {
  start: new Date('2026-03-03T17:30:00Z'),
  end: new Date('2026-03-03T18:00:00Z'),
  attendee: { displayName: 'Omar Haddad', emailAddress: 'omar.haddad@contoso.example' },
  subject: 'Peer 1:1 · Ava & Omar',
  agendaHtml: '<h3>Peer 1:1</h3>',
  location: 'Microsoft Teams meeting',
  recurrence: {
    intervalWeeks: 4,
    day: 'tue',
    timeZone: 'Pacific Standard Time',
    startDate: { year: 2026, month: 3, day: 3 },
    startTime: { hour: 9, minute: 30 },
    durationMinutes: 30,
  },
};

describe('fillAppointment', () => {
  it('sets every field with the arguments Office.js expects', async () => {
    const { host, calls, seriesCalls } = fakeOutlook();
    const report = await fillAppointment(host, plan);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.applied).toEqual(['start', 'end', 'attendee', 'subject', 'location', 'agenda', 'recurrence']);

    const call = (api: string) => calls.find((c) => c.api === api)?.args;
    // Dates go in as UTC instants.
    expect((call('start.setAsync')?.[0] as Date).toISOString()).toBe('2026-03-03T17:30:00.000Z');
    expect((call('end.setAsync')?.[0] as Date).toISOString()).toBe('2026-03-03T18:00:00.000Z');
    expect(call('requiredAttendees.addAsync')?.[0]).toEqual([
      { displayName: 'Omar Haddad', emailAddress: 'omar.haddad@contoso.example' },
    ]);
    expect(call('subject.setAsync')?.[0]).toBe('Peer 1:1 · Ava & Omar');
    expect(call('body.prependAsync')?.[1]).toEqual({ coercionType: 'html' });
    expect(call('recurrence.setAsync')?.[0]).toMatchObject({
      recurrenceType: 'weekly',
      recurrenceProperties: { interval: 4, days: ['tue'] },
      recurrenceTimeZone: { name: 'Pacific Standard Time' },
    });
    // SeriesTime is in the recurrence time zone and its months are 0-based.
    expect(seriesCalls).toEqual([
      { api: 'setStartDate', args: [2026, 2, 3] },
      { api: 'setStartTime', args: [9, 30] },
      { api: 'setDuration', args: [30] },
    ]);
  });

  it('reports a failed call with Office’s message and still applies the independent fields', async () => {
    const { host } = fakeOutlook({ failing: ['body.prependAsync'] });
    const report = await fillAppointment(host, plan);
    expect(report.failed).toEqual([{ field: 'agenda', message: 'body.prependAsync refused' }]);
    expect(report.applied).toContain('recurrence');
    expect(report.applied).not.toContain('agenda');
  });

  it('skips the recurrence on an Outlook without Mailbox 1.7 and says which requirement is missing', async () => {
    const { host, calls } = fakeOutlook({ supported: ['1.1', '1.3'] });
    const report = await fillAppointment(host, plan);
    expect(report.skipped).toEqual([{ field: 'recurrence', requirement: '1.7' }]);
    expect(calls.some((c) => c.api === 'recurrence.setAsync')).toBe(false);
    expect(report.applied).toHaveLength(6);
  });

  it('turns a thrown Office error into a reported failure', async () => {
    const { host } = fakeOutlook();
    (host.item.subject as unknown as { setAsync: () => void }).setAsync = () => {
      throw new Error('Item is read-only');
    };
    const report = await fillAppointment(host, plan);
    expect(report.failed).toEqual([{ field: 'subject', message: 'Item is read-only' }]);
  });
});
