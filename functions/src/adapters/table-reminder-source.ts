import { odata } from '@azure/data-tables';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { PromptHistoryEntry } from '../ports/prompt-history';
import type { RelationshipSnapshot, ReminderSource } from '../ports/reminder-source';
import { sharedScope } from '../relationships/shared-scope';
import type { Tables } from '../storage/tables';
import { sharedPartition } from './table-rows';

type Items = Omit<RelationshipSnapshot, 'relationship' | 'prompts'>;

/**
 * Reads one relationship's shared partition (`tenant~relationship` in Relationships) in a single
 * query: meta, agenda, commitments, meetings and prompt history. A later generation keeps its
 * agenda, commitments and meetings in its own scope (`…~g<n>`): one more query reads those. The
 * key layout is the relationship store's; keep the two in step.
 */
export function createTableReminderSource(tables: Tables): ReminderSource {
  const query = async (tenantId: string, scope: string) => {
    const filter = odata`PartitionKey eq ${sharedPartition(tenantId, scope)}`;
    let relationship: Relationship | null = null;
    let prompts: PromptHistoryEntry[] = [];
    const items: Items = { agenda: [], commitments: [], meetings: [] };
    for await (const row of tables
      .client('Relationships')
      .listEntities<{ json: string }>({ queryOptions: { filter } })) {
      const value: unknown = JSON.parse(row.json);
      const kind = row.rowKey!.split('~')[0];
      if (row.rowKey === 'meta') relationship = value as Relationship;
      else if (row.rowKey === 'prompts') prompts = value as PromptHistoryEntry[];
      else if (kind === 'agenda') items.agenda.push(value as Items['agenda'][number]);
      else if (kind === 'commitment') items.commitments.push(value as Items['commitments'][number]);
      else if (kind === 'meeting') items.meetings.push(value as Items['meetings'][number]);
    }
    return { relationship, prompts, items };
  };

  return {
    async load(tenantId, relationshipId) {
      const base = await query(tenantId, relationshipId);
      if (base.relationship === null) return null;
      const scope = sharedScope(base.relationship);
      const items = scope === relationshipId ? base.items : (await query(tenantId, scope)).items;
      return { relationship: base.relationship, prompts: base.prompts, ...items };
    },
  };
}
