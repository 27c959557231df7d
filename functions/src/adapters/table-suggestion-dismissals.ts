import { odata, RestError } from '@azure/data-tables';
import { keyPart } from '../relationships/relationship-ids';
import type { SuggestionDismissalStore } from '../services/suggestion-dismissals-store';
import type { Tables } from '../storage/tables';

/** SuggestionDismissals table: PartitionKey `tenant~user` (the caller), RowKey the dismissed user. */
interface DismissalRow {
  partitionKey: string;
  rowKey: string;
  userId: string;
  until: string;
}

const partitionOf = (tenantId: string, userId: string) => `${keyPart(tenantId)}~${keyPart(userId)}`;

export function createTableSuggestionDismissals(tables: Tables): SuggestionDismissalStore {
  const client = () => tables.client('SuggestionDismissals');
  return {
    async list(tenantId, userId) {
      const rows = client().listEntities<DismissalRow>({
        queryOptions: { filter: odata`PartitionKey eq ${partitionOf(tenantId, userId)}` },
      });
      const found = [];
      for await (const row of rows) found.push({ userId: row.userId, until: row.until });
      return found;
    },
    async put(tenantId, userId, dismissal) {
      const row: DismissalRow = {
        partitionKey: partitionOf(tenantId, userId),
        rowKey: keyPart(dismissal.userId),
        userId: dismissal.userId,
        until: dismissal.until,
      };
      await client().upsertEntity(row, 'Replace');
    },
    async remove(tenantId, userId, dismissedUserId) {
      try {
        await client().deleteEntity(partitionOf(tenantId, userId), keyPart(dismissedUserId));
      } catch (error) {
        if (!(error instanceof RestError && error.statusCode === 404)) throw error;
      }
    },
  };
}
