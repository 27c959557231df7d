import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { Event, PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import { graphUtcMillis } from '../graph/graph-date-time';
import { createBatchRunner, type BatchRequest } from '../graph/graph-batch';
import type { CalendarEffectResult, CalendarEvents, Mailbox } from '../ports/calendar-events';
import { resolveTimeZone } from '../../../shared/scheduling/time-zones';

const DAY_MS = 86_400_000;
/** An attendee's open-ended series is declined this far ahead (Graph has no "decline from" for attendees). */
export const DECLINE_HORIZON_DAYS = 731;
const UTC = 'outlook.timezone="UTC"';
const NONE: CalendarEffectResult = { changed: 0 };

interface Instance {
  id: string;
  startMs: number;
}

const isGone = (error: unknown) => error instanceof GraphError && error.statusCode === 404;
const enc = encodeURIComponent;

/**
 * Graph writes for peer 1:1 series: create (`POST /users/{id}/events` with `transactionId`), and the
 * idempotent removals the life-cycle engine applies. Each removal reads what is still on the
 * calendar and writes only that; a 404 from Graph means "already done".
 */
export function createGraphCalendarEvents(graph: GraphClientFactory): CalendarEvents {
  const base = (m: Mailbox, id: string) => `/users/${enc(m.userId)}/events/${enc(id)}`;

  async function readSeries(client: Client, m: Mailbox, id: string): Promise<Event | undefined> {
    try {
      return (await client.api(base(m, id)).header('Prefer', UTC).get()) as Event;
    } catch (error) {
      if (isGone(error)) return undefined;
      throw error;
    }
  }

  /** Occurrences overlapping [startMs, endMs), following @odata.nextLink. */
  async function instances(
    client: Client,
    m: Mailbox,
    id: string,
    startMs: number,
    endMs: number,
  ): Promise<Instance[]> {
    const out: Instance[] = [];
    let request = client
      .api(`${base(m, id)}/instances`)
      .header('Prefer', UTC)
      .query({
        startDateTime: new Date(startMs).toISOString(),
        endDateTime: new Date(endMs).toISOString(),
        $top: '1000',
        $select: 'id,start,end',
      });
    for (let page = 0; page < 100; page++) {
      const answer = (await request.get()) as { value?: Event[]; '@odata.nextLink'?: string };
      for (const e of answer.value ?? [])
        if (e.id && e.start?.dateTime) out.push({ id: e.id, startMs: graphUtcMillis(e.start.dateTime) });
      const next = answer['@odata.nextLink'];
      if (!next) break;
      request = client.api(graph.relativePath(next)).header('Prefer', UTC);
    }
    return out;
  }

  /** Posts one action per occurrence in $batch; 404 parts were already done by an earlier attempt. */
  async function actOnEach(client: Client, m: Mailbox, ids: string[], action: string, body: unknown): Promise<number> {
    if (ids.length === 0) return 0;
    const requests: BatchRequest[] = ids.map((id, i) => ({
      id: String(i),
      method: 'POST',
      url: `${base(m, id)}/${action}`,
      headers: { 'Content-Type': 'application/json' },
      body,
    }));
    const answers = await createBatchRunner(client).run(requests);
    let changed = 0;
    for (const r of requests) {
      const status = answers.get(r.id)?.status ?? 503;
      if (status >= 200 && status < 300) changed++;
      else if (status !== 404) {
        const error = new GraphError(status, `Graph answered ${status} to ${action} inside $batch`);
        error.headers = new Headers(answers.get(r.id)?.headers ?? {});
        throw error;
      }
    }
    return changed;
  }

  async function cancelOne(client: Client, m: Mailbox, id: string, comment: string | undefined): Promise<number> {
    try {
      await client.api(`${base(m, id)}/cancel`).post(comment ? { Comment: comment } : {});
      return 1;
    } catch (error) {
      if (isGone(error)) return 0;
      throw error;
    }
  }

  const guarded =
    <A extends unknown[]>(fn: (...args: A) => Promise<CalendarEffectResult>) =>
    async (...args: A): Promise<CalendarEffectResult> => {
      try {
        return await fn(...args);
      } catch (error) {
        throw problemFromGraphError(error);
      }
    };

  return {
    async createSeries(organizer, request) {
      try {
        const created = (await graph
          .forCaller(organizer.as)
          .api(`/users/${enc(organizer.userId)}/events`)
          .post(seriesRequest(request))) as Event;
        return {
          eventId: created.id ?? '',
          ...(created.iCalUId ? { iCalUId: created.iCalUId } : {}),
          ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}),
        };
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },

    endSeriesFrom: guarded(async (m, seriesId, from, comment) => {
      const client = graph.forCaller(m.as);
      const series = await readSeries(client, m, seriesId);
      if (!series) return NONE;
      const fromMs = from.getTime();
      const seriesStartMs = series.start?.dateTime ? graphUtcMillis(series.start.dateTime) : fromMs;
      const recurrence = series.recurrence;
      if (!recurrence?.range?.startDate) {
        return seriesStartMs >= fromMs ? { changed: await cancelOne(client, m, seriesId, comment) } : NONE;
      }
      const earlier = await instances(client, m, seriesId, Math.min(seriesStartMs, fromMs) - DAY_MS, fromMs);
      const lastEarlier = earlier.filter((i) => i.startMs < fromMs).at(-1);
      if (!lastEarlier) return { changed: await cancelOne(client, m, seriesId, comment) };
      const endDate = localDate(lastEarlier.startMs, recurrence.range.recurrenceTimeZone ?? 'UTC');
      const range = recurrence.range;
      if (range.type === 'endDate' && range.endDate && range.endDate <= endDate) return NONE;
      const ended: PatternedRecurrence = {
        pattern: recurrence.pattern ?? null,
        range: { ...range, type: 'endDate', endDate, numberOfOccurrences: 0 },
      };
      await client.api(base(m, seriesId)).patch({ recurrence: ended });
      return { changed: 1 };
    }),

    cancelOccurrencesBetween: guarded(async (m, seriesId, window, comment) => {
      const client = graph.forCaller(m.as);
      const startMs = window.start.getTime();
      let found: Instance[];
      try {
        found = await instances(client, m, seriesId, startMs, window.end.getTime());
      } catch (error) {
        if (isGone(error)) return NONE;
        throw error;
      }
      const inside = found.filter((i) => i.startMs >= startMs && i.startMs < window.end.getTime());
      const body = comment ? { Comment: comment } : {};
      return {
        changed: await actOnEach(
          client,
          m,
          inside.map((i) => i.id),
          'cancel',
          body,
        ),
      };
    }),

    cancelSeries: guarded(async (m, seriesId, comment) => ({
      changed: await cancelOne(graph.forCaller(m.as), m, seriesId, comment),
    })),

    declineSeriesFrom: guarded(async (m, seriesId, from, comment) => {
      const client = graph.forCaller(m.as);
      const series = await readSeries(client, m, seriesId);
      if (!series) return NONE;
      const fromMs = from.getTime();
      const body = { ...(comment ? { comment } : {}), sendResponse: true };
      const seriesStartMs = series.start?.dateTime ? graphUtcMillis(series.start.dateTime) : fromMs;
      if (seriesStartMs >= fromMs) return { changed: await actOnEach(client, m, [seriesId], 'decline', body) };
      if (!series.recurrence) return NONE;
      const ahead = await instances(client, m, seriesId, fromMs, fromMs + DECLINE_HORIZON_DAYS * DAY_MS);
      const ids = ahead.filter((i) => i.startMs >= fromMs).map((i) => i.id);
      return { changed: await actOnEach(client, m, ids, 'decline', body) };
    }),
  };
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone Graph named (IANA or Windows; UTC if unknown). */
function localDate(ms: number, zone: string): string {
  const iana = resolveTimeZone(zone) ?? 'UTC';
  return new Intl.DateTimeFormat('en-CA', { timeZone: iana, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    ms,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A weekly series in the organiser's zone, the way Outlook writes it. */
function seriesRequest({ plan, attendee, online, transactionId }: Parameters<CalendarEvents['createSeries']>[1]) {
  const r = plan.recurrence;
  const date = `${r.startDate.year}-${pad(r.startDate.month)}-${pad(r.startDate.day)}`;
  const startMinutes = r.startTime.hour * 60 + r.startTime.minute;
  const endMinutes = startMinutes + r.durationMinutes;
  // Wall-clock times in the recurrence zone; an end past midnight rolls to the next day.
  const endDate = new Date(
    Date.UTC(r.startDate.year, r.startDate.month - 1, r.startDate.day) + Math.floor(endMinutes / 1440) * DAY_MS,
  );
  const wall = (d: string, minutes: number) => `${d}T${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}:00`;
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
  return event;
}
