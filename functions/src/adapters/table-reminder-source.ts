import { odata } from '@azure/data-tables';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { PromptHistoryEntry } from '../ports/prompt-history';
import type { RelationshipSnapshot, ReminderSource } from '../ports/reminder-source';
import type { Tables } from '../storage/tables';

/**
 * Reads one relationship's shared partition (`tenant~relationship` in Relationships) in a single
 * query: meta, agenda, commitments, meetings and prompt history. The key layout is the relationship
 * store's; keep the two in step.
 */
export function createTableReminderSource(tables: Tables): ReminderSource {
  return {
    async load(tenantId, relationshipId) {
      const filter = odata`PartitionKey eq ${`${tenantId}~${relationshipId}`}`;
      let relationship: Relationship | null = null;
      const snapshot: Omit<RelationshipSnapshot, 'relationship'> = {
        agenda: [],
        commitments: [],
        meetings: [],
        prompts: [],
      };
      for await (const row of tables
        .client('Relationships')
        .listEntities<{ json: string }>({ queryOptions: { filter } })) {
        const value: unknown = JSON.parse(row.json);
        const kind = row.rowKey!.split('~')[0];
        if (row.rowKey === 'meta') relationship = value as Relationship;
        else if (kind === 'agenda') snapshot.agenda.push(value as RelationshipSnapshot['agenda'][number]);
        else if (kind === 'commitment') snapshot.commitments.push(value as RelationshipSnapshot['commitments'][number]);
        else if (kind === 'meeting') snapshot.meetings.push(value as RelationshipSnapshot['meetings'][number]);
        else if (row.rowKey === 'prompts') snapshot.prompts = value as PromptHistoryEntry[];
      }
      return relationship === null ? null : { relationship, ...snapshot };
    },
  };
}
