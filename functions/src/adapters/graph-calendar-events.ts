import type { Event } from '@microsoft/microsoft-graph-types';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import type { CalendarEvents } from '../ports/calendar-events';

const pad = (n: number) => String(n).padStart(2, '0');

/** `POST /me/events` with a weekly recurrence in the organiser's zone, the way Outlook writes series. */
export function createGraphCalendarEvents(graph: GraphClientFactory): CalendarEvents {
  return {
    async createSeries(caller, { plan, attendee, online, transactionId }) {
      const r = plan.recurrence;
      const date = `${r.startDate.year}-${pad(r.startDate.month)}-${pad(r.startDate.day)}`;
      const startMinutes = r.startTime.hour * 60 + r.startTime.minute;
      const endMinutes = startMinutes + r.durationMinutes;
      // Wall-clock times in the recurrence zone; an end past midnight rolls to the next day.
      const endDate = new Date(
        Date.UTC(r.startDate.year, r.startDate.month - 1, r.startDate.day) + Math.floor(endMinutes / 1440) * 86_400_000,
      );
      const wall = (d: string, minutes: number) =>
        `${d}T${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}:00`;
      const event: Event & { transactionId: string } = {
        subject: plan.subject,
        body: { contentType: 'html', content: plan.agendaHtml },
        start: { dateTime: wall(date, startMinutes), timeZone: r.timeZone },
        end: { dateTime: wall(endDate.toISOString().slice(0, 10), endMinutes), timeZone: r.timeZone },
        location: { displayName: plan.location },
        attendees: [{ emailAddress: { address: attendee.mail, name: attendee.displayName }, type: 'required' }],
        ...(online ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
        recurrence: {
          pattern: { type: 'weekly', interval: r.intervalWeeks, daysOfWeek: [r.dayOfWeek], firstDayOfWeek: 'monday' },
          range: { type: 'noEnd', startDate: date, recurrenceTimeZone: r.timeZone },
        },
        transactionId,
      };
      try {
        const created = (await graph.forCaller(caller).api('/me/events').post(event)) as Event;
        return {
          eventId: created.id ?? '',
          ...(created.iCalUId ? { iCalUId: created.iCalUId } : {}),
          ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}),
        };
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
  };
}
