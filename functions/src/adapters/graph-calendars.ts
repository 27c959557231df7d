import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import type { BusyInterval } from '../../../shared/scheduling/slot-finder-input';
import type { Caller } from '../auth/caller';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { graphUtcMillis } from '../graph/graph-date-time';
import { problemFromGraphError } from '../graph/graph-errors';
import type { Calendars, FreeBusy, FreeBusyRequest } from '../ports/calendars';

/** Graph's getSchedule takes at most 20 schedules and a window shorter than 62 days. */
export const MAX_SCHEDULES_PER_CALL = 20;
export const MAX_RANGE_MS = 61 * 86_400_000;
/** Outlook serves 4 concurrent requests per mailbox; more would only queue or throttle. */
const MAX_CONCURRENT_CALLS = 4;

const STATUS: Record<string, BusyInterval['status'] | undefined> = {
  busy: 'busy',
  oof: 'oof',
  tentative: 'tentative',
  workingElsewhere: 'workingElsewhere',
};

/**
 * Free/busy through `POST /me/calendar/getSchedule`: one call per ≤ 20 schedules and per range,
 * at most 4 in flight. Reads status and times only; subjects and locations are never requested or kept.
 */
export function createGraphCalendars(graph: GraphClientFactory): Calendars {
  return {
    async freeBusy(caller: Caller, request: FreeBusyRequest) {
      const client = graph.forCaller(caller);
      const scheduleChunks: string[][] = [];
      for (let i = 0; i < request.schedules.length; i += MAX_SCHEDULES_PER_CALL) {
        scheduleChunks.push(request.schedules.slice(i, i + MAX_SCHEDULES_PER_CALL));
      }
      const calls = request.ranges.flatMap((range) => scheduleChunks.map((schedules) => ({ range, schedules })));
      const answers: ScheduleInformation[][] = [];
      let next = 0;
      const worker = async () => {
        while (next < calls.length) {
          const call = calls[next++]!;
          const body = {
            schedules: call.schedules,
            startTime: { dateTime: new Date(call.range.start).toISOString().slice(0, 19), timeZone: 'UTC' },
            endTime: { dateTime: new Date(call.range.end).toISOString().slice(0, 19), timeZone: 'UTC' },
            availabilityViewInterval: request.intervalMinutes,
          };
          const answer = (await client
            .api('/me/calendar/getSchedule')
            .header('Prefer', 'outlook.timezone="UTC"')
            .post(body)) as { value?: ScheduleInformation[] };
          answers.push(answer.value ?? []);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(MAX_CONCURRENT_CALLS, calls.length) }, worker));
      } catch (error) {
        throw problemFromGraphError(error);
      }

      const people = new Map<string, FreeBusy>();
      const unknown = new Set<string>();
      for (const info of answers.flat()) {
        const id = (info.scheduleId ?? '').toLowerCase();
        if (info.error) {
          unknown.add(id);
          continue;
        }
        const person = people.get(id) ?? { busy: [], workingHours: null };
        for (const item of info.scheduleItems ?? []) {
          const status = STATUS[item.status ?? ''];
          if (!status || !item.start?.dateTime || !item.end?.dateTime) continue;
          person.busy.push({
            start: graphUtcMillis(item.start.dateTime),
            end: graphUtcMillis(item.end.dateTime),
            status,
          });
        }
        const hours = info.workingHours;
        if (hours?.daysOfWeek && hours.startTime && hours.endTime && hours.timeZone?.name) {
          person.workingHours = {
            daysOfWeek: hours.daysOfWeek.map(String),
            startTime: hours.startTime,
            endTime: hours.endTime,
            timeZone: hours.timeZone.name,
          };
        }
        people.set(id, person);
      }
      return { people, unknown: [...unknown].filter((mail) => !people.has(mail)), graphRequests: calls.length };
    },
  };
}
