import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import type { Caller } from '../auth/caller';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import type { MailboxZones } from '../ports/mailbox-zones';
import { resolveTimeZone } from '../../../shared/scheduling/time-zones';

/** `GET /users/{id}/mailboxSettings?$select=timeZone` with an app-only token (`MailboxSettings.Read`). */
export function createGraphMailboxZones(appGraph: GraphClientFactory, app: (tenantId: string) => Caller): MailboxZones {
  return {
    async zoneOf(tenantId, userId) {
      try {
        const settings = (await appGraph
          .forCaller(app(tenantId))
          .api(`/users/${encodeURIComponent(userId)}/mailboxSettings`)
          .select('timeZone')
          .get()) as MailboxSettings;
        return settings.timeZone ? (resolveTimeZone(settings.timeZone) ?? settings.timeZone) : null;
      } catch {
        // The series then keeps UTC wall-clock times; booking must not fail for want of a zone.
        return null;
      }
    },
  };
}
