import { appCaller } from '../graph/app-only-graph-tokens';
import { createBatchRunner } from '../graph/graph-batch';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import type { WorkingHoursLookup } from '../ports/reminder-source';
import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';

interface MailboxSettings {
  timeZone?: string;
  workingHours?: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: { name?: string } };
}

/**
 * `GET /users/{id}/mailboxSettings` (app-only, `MailboxSettings.Read`), 20 people per `$batch`.
 * A person Graph does not know, or whose mailbox has no working hours, comes back null, so the
 * job caches that answer and applies the defaults instead of asking again every hour.
 */
export function createGraphWorkingHours(appGraph: GraphClientFactory): WorkingHoursLookup {
  return {
    async workingHoursOf(tenantId, userIds) {
      const batch = createBatchRunner(appGraph.forCaller(appCaller(tenantId)));
      const answers = await batch.run(
        userIds.map((id, i) => ({
          id: String(i),
          method: 'GET' as const,
          url: `/users/${encodeURIComponent(id)}/mailboxSettings?$select=timeZone,workingHours`,
        })),
      );
      const out = new Map<string, WorkingHours | null>();
      userIds.forEach((id, i) => {
        const answer = answers.get(String(i));
        // A throttled or failed part is left out: the job then tries again on a later pass.
        if (answer === undefined || answer.status === 429 || answer.status >= 500) return;
        out.set(id, answer.status === 200 ? hoursOf(answer.body as MailboxSettings) : null);
      });
      return out;
    },
  };
}

function hoursOf(settings: MailboxSettings): WorkingHours | null {
  const hours = settings.workingHours;
  const timeZone = hours?.timeZone?.name ?? settings.timeZone;
  if (!hours?.daysOfWeek?.length || !hours.startTime || !hours.endTime || !timeZone) return null;
  return { daysOfWeek: hours.daysOfWeek.map(String), startTime: hours.startTime, endTime: hours.endTime, timeZone };
}
