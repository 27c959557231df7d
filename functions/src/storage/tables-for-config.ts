import type { StorageConfig } from '../config/api-config';
import type { Telemetry } from '../telemetry/telemetry';
import { createTables, type Tables } from './tables';

/**
 * The typed hook between the parsed storage section and the table clients: a connection string
 * (Azurite, keys), or the account's table endpoint with the app's managed identity (no keys).
 */
export function tablesFor(storage: StorageConfig, telemetry?: Telemetry): Tables {
  if (storage.mode === 'connection-string') {
    return createTables(storage.connectionString, storage.tablePrefix, telemetry);
  }
  return createTables(
    {
      mode: 'identity',
      accountUrl: storage.accountUrl,
      ...(storage.managedIdentityClientId ? { managedIdentityClientId: storage.managedIdentityClientId } : {}),
    },
    storage.tablePrefix,
    telemetry,
  );
}
