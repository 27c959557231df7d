import { nextCheckAt } from '../../../shared/reminders/next-check';
import type { Clock } from '../ports/clock';
import type { PreferencesStore } from '../ports/preferences-store';
import type { ReminderDueIndex } from '../ports/reminder-due-index';
import type { ReminderSource } from '../ports/reminder-source';
import { factsOf, timelineOf } from './reminder-facts';
import { projectionOf } from './reminder-projection';

export interface ReminderIndexer {
  /**
   * Call after any write that changes what reminders a relationship may get or say (create, answer,
   * pause, end, cadence, meetings, agenda, commitments, erasure): re-reads it and moves its due-index
   * row, with the snapshot the pass reads, to the next moment a rule may fire. Idempotent, so a retry or a duplicate call is harmless.
   */
  relationshipChanged(tenantId: string, relationshipId: string): Promise<void>;
}

export function createReminderIndexer(deps: {
  clock: Clock;
  source: ReminderSource;
  preferences: PreferencesStore;
  dueIndex: ReminderDueIndex;
}): ReminderIndexer {
  return {
    async relationshipChanged(tenantId, relationshipId) {
      await deps.dueIndex.reindex(tenantId, relationshipId, async () => {
        const now = deps.clock.now().getTime();
        const snapshot = await deps.source.load(tenantId, relationshipId);
        if (snapshot === null) return { dueAt: null };
        const people = await deps.preferences.getMany(tenantId, [...snapshot.relationship.members]);
        const at = nextCheckAt({
          now,
          facts: factsOf(snapshot),
          timeline: timelineOf(snapshot, now),
          settingsOf: (id) => ({
            preferences: people.get(id)!.preferences.reminders,
            workingHours: people.get(id)?.workingHours ?? null,
          }),
        });
        return { dueAt: at, snapshot: at === null ? null : projectionOf(snapshot) };
      });
    },
  };
}
