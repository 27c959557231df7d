import type { RelationshipRecords } from '../ports/relationship-records';
import type { SharedItemRecords } from '../ports/shared-item-records';
import type { TenantRegistry } from '../ports/tenant-registry';
import { relationshipIdOfScope } from '../relationships/shared-scope';
import type { ReminderIndexer } from './reminder-indexer';

/**
 * Keeps the reminders' due index in step with relationship writes without the services knowing:
 * the composition root wraps the store ports, and after each successful create or replace of a
 * relationship (answer, pause, end, cadence, erasure) or of a meeting, agenda item or commitment,
 * the indexer rewrites the relationship's due row. Agenda and commitment writes change what a
 * reminder says rather than when it is due, but the row carries the snapshot the pass reads, so
 * they rewrite it too. Shared items are written under a generation's scope (`id~g<n>`); the row
 * is the relationship's.
 *
 * A failed index update never fails the user's write: the row is moved again by the next write or
 * the next pass that finds it; `onError` reports it.
 */
export function indexedRecords(
  records: { relationships: RelationshipRecords; sharedItems: SharedItemRecords },
  deps: { indexer: ReminderIndexer; tenants: TenantRegistry; onError: (error: unknown) => void },
): { relationships: RelationshipRecords; sharedItems: SharedItemRecords } {
  const changed = async (tenantId: string, relationshipId: string) => {
    try {
      await deps.indexer.relationshipChanged(tenantId, relationshipId);
    } catch (error) {
      deps.onError(error);
    }
  };
  const { relationships, sharedItems } = records;
  return {
    // Spread first, so methods added to the ports later pass through unchanged.
    relationships: {
      ...relationships,
      // The transition's outbox rows (`effects`) pass through: they share the record's transaction.
      async create(tenantId, relationship, profiles, effects) {
        const etag = await relationships.create(tenantId, relationship, profiles, effects);
        // A tenant's first relationship also puts it in the registry the jobs walk.
        await Promise.all([
          changed(tenantId, relationship.id),
          deps.tenants.registerTenant(tenantId).catch(deps.onError),
        ]);
        return etag;
      },
      async replace(tenantId, relationship, etag, profiles, effects) {
        const next = await relationships.replace(tenantId, relationship, etag, profiles, effects);
        await changed(tenantId, relationship.id);
        return next;
      },
    },
    sharedItems: {
      ...sharedItems,
      async create(tenantId, scope, kind, row) {
        const etag = await sharedItems.create(tenantId, scope, kind, row);
        await changed(tenantId, relationshipIdOfScope(scope));
        return etag;
      },
      async replace(tenantId, scope, kind, row, etag) {
        const next = await sharedItems.replace(tenantId, scope, kind, row, etag);
        await changed(tenantId, relationshipIdOfScope(scope));
        return next;
      },
      // Counted writes (opening or closing an agenda item or commitment) come this way.
      async writeWithSlot(tenantId, scope, kind, write, slot) {
        const etag = await sharedItems.writeWithSlot(tenantId, scope, kind, write, slot);
        await changed(tenantId, relationshipIdOfScope(scope));
        return etag;
      },
      async remove(tenantId, scope, kind, id, etag) {
        await sharedItems.remove(tenantId, scope, kind, id, etag);
        await changed(tenantId, relationshipIdOfScope(scope));
      },
    },
  };
}
