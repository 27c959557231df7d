import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { PromptHistoryEntry } from './prompt-history';
import type { StoredAgendaItem, StoredCommitment, StoredMeeting } from './shared-item-records';

/** A relationship's whole shared partition, read in one query: what the rules look at. */
export interface RelationshipSnapshot {
  relationship: Relationship;
  agenda: StoredAgendaItem[];
  commitments: StoredCommitment[];
  meetings: StoredMeeting[];
  prompts: PromptHistoryEntry[];
}

export interface ReminderSource {
  /** Null when the relationship is gone (erased): its index row is then dropped. */
  load(tenantId: string, relationshipId: string): Promise<RelationshipSnapshot | null>;
}

/** Working hours from each person's mailbox settings (app-only Graph); unknown people are absent. */
export interface WorkingHoursLookup {
  workingHoursOf(tenantId: string, userIds: string[]): Promise<Map<string, WorkingHours | null>>;
}
