import {
  ACTIVITY_LIMIT,
  ACTIVITY_WINDOW_DAYS,
  type ActivityItem,
  type ReminderExport,
} from '../../../shared/reminders/activity-schema';
import { subPageFor, teamsTabLink } from '../../../shared/reminders/reminder-notification';
import { DAY_MS } from '../../../shared/scheduling/time-zones';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { ReminderLedger } from '../ports/reminder-ledger';
import type { TenantRegistry } from '../ports/tenant-registry';
import type { PreferencesUseCases } from './preferences';

export interface ReminderUseCases {
  preferences: PreferencesUseCases;
  /** `GET /api/me/activity`: reminders that went out to the caller, newest first. */
  activity(caller: Caller): Promise<ActivityItem[]>;
  /** What export adds: preferences and the ledger rows addressed to the caller. */
  exportFor(caller: Caller): Promise<ReminderExport>;
  /** Erasure: preferences, cached working hours and every ledger row of the caller. */
  erase(caller: Caller): Promise<number>;
  /** First sign-in of a tenant puts it in the registry the jobs walk (cached per process). */
  signedIn(caller: Caller): Promise<void>;
}

/** Everything the ledger keeps about the whole history: export reads as far back as it goes. */
const ALL_TIME = 0;
const EXPORT_LIMIT = 10_000;

export function createReminderUseCases(deps: {
  preferences: PreferencesUseCases;
  ledger: ReminderLedger;
  tenants: TenantRegistry;
  clock: Clock;
  teamsAppId: string;
}): ReminderUseCases {
  const { ledger, clock } = deps;
  return {
    preferences: deps.preferences,
    async activity(caller) {
      const since = clock.now().getTime() - ACTIVITY_WINDOW_DAYS * DAY_MS;
      // Held and claimed rows are not news yet; the panel shows what reached (or tried to reach) the person.
      const rows = await ledger.listRecent(caller.tenantId, caller.userId, since, ACTIVITY_LIMIT * 2);
      return rows
        .filter((r) => r.state === 'sent' || r.state === 'undeliverable')
        .slice(0, ACTIVITY_LIMIT)
        .map((r) => {
          const subPageId = subPageFor(r.target);
          return {
            kind: r.kind,
            relationshipId: r.relationshipId,
            occurrence: r.occurrence,
            state: r.state as 'sent' | 'undeliverable',
            sentAt: new Date(r.sentAt ?? r.updatedAt).toISOString(),
            details: r.payload,
            link: { subPageId, teamsUrl: teamsTabLink(deps.teamsAppId, subPageId) },
          };
        });
    },
    async exportFor(caller) {
      const [preferences, rows] = await Promise.all([
        deps.preferences.exportFor(caller.tenantId, caller.userId),
        ledger.listRecent(caller.tenantId, caller.userId, ALL_TIME, EXPORT_LIMIT),
      ]);
      return {
        preferences,
        reminders: rows.map((r) => ({
          kind: r.kind,
          relationshipId: r.relationshipId,
          occurrence: r.occurrence,
          state: r.state,
          updatedAt: new Date(r.updatedAt).toISOString(),
          details: r.payload,
        })),
      };
    },
    async erase(caller) {
      await deps.preferences.erase(caller.tenantId, caller.userId);
      return ledger.deleteRecipient(caller.tenantId, caller.userId);
    },
    signedIn: (caller) => deps.tenants.registerTenant(caller.tenantId, clock.now().getTime()),
  };
}
