import { RestError } from '@azure/data-tables';
import { systemClock, type Clock } from '../ports/clock';
import type { TenantRecord, TenantRegistry } from '../ports/tenant-registry';
import { keyPart } from '../relationships/relationship-ids';
import type { Tables } from '../storage/tables';

/** Tenants table: one partition (`tenant`), one row per tenant id. Small: one row per organisation. */
const PARTITION = 'tenant';

interface TenantRow {
  partitionKey: string;
  rowKey: string;
  tenantId: string;
  registeredAt: number;
  lastReminderPassAt?: number;
}

export function createTableTenantRegistry(tables: Tables, clock: Clock = systemClock): TenantRegistry {
  const client = () => tables.client('Tenants');
  // Sign-ins repeat all day; after the first write this process need not ask storage again.
  const known = new Set<string>();
  return {
    async registerTenant(tenantId, now = clock.now().getTime()) {
      if (known.has(tenantId)) return;
      try {
        await client().createEntity<TenantRow>({
          partitionKey: PARTITION,
          rowKey: keyPart(tenantId),
          tenantId,
          registeredAt: now,
        });
      } catch (error) {
        if (!(error instanceof RestError && error.statusCode === 409)) throw error;
      }
      known.add(tenantId);
    },
    async listTenants() {
      const out: TenantRecord[] = [];
      const filter = `PartitionKey eq '${PARTITION}'`;
      for await (const row of client().listEntities<TenantRow>({ queryOptions: { filter } })) {
        out.push({
          tenantId: row.tenantId,
          registeredAt: row.registeredAt,
          ...(typeof row.lastReminderPassAt === 'number' ? { lastReminderPassAt: row.lastReminderPassAt } : {}),
        });
      }
      return out;
    },
    async markReminderPass(tenantId, at) {
      await client().upsertEntity(
        { partitionKey: PARTITION, rowKey: keyPart(tenantId), tenantId, lastReminderPassAt: at },
        'Merge',
      );
    },
  };
}
