import type { StorageConfig } from '../config/api-config';
import { createTables, type Tables } from './tables';

/**
 * The typed hook between the parsed storage section and the table clients. Connection strings
 * work today; identity mode is parsed and validated, and is wired here once `createTables`
 * accepts an account URL and a credential.
 */
export function tablesFor(storage: StorageConfig): Tables {
  if (storage.mode === 'connection-string') return createTables(storage.connectionString, storage.tablePrefix);
  throw new Error(
    'Invalid API configuration: STORAGE_ACCOUNT_URL (managed identity) is not supported by this build yet; ' +
      'set STORAGE_CONNECTION_STRING instead',
  );
}
