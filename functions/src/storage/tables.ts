import { TableClient } from '@azure/data-tables';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { instrumentTableClient } from '../telemetry/table-client-telemetry';
import type { Telemetry } from '../telemetry/telemetry';

export const TABLE_NAMES = [
  'Relationships',
  'Memberships',
  'PrivateNotes',
  'Pairing',
  // The reminders engine: ledger, due index, tenant registry, per-user settings.
  'Reminders',
  'ReminderDue',
  'Tenants',
  'UserSettings',
  // Private "Not interested" marks on suggestions.
  'SuggestionDismissals',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * How the API reaches Table Storage. Azure uses the account's table endpoint with a managed identity
 * (no keys anywhere); Azurite and tests keep a connection string.
 */
export type StorageConnection =
  | { mode: 'connection-string'; connectionString: string }
  | {
      mode: 'identity';
      /** The table endpoint, e.g. `https://<account>.table.core.windows.net/` (`STORAGE_ACCOUNT_URL`). */
      accountUrl: string;
      /** A user-assigned identity's client id; without it DefaultAzureCredential picks the identity. */
      managedIdentityClientId?: string;
      /** For tests and tools; production code leaves it out. */
      credential?: TokenCredential;
    };

export interface Tables {
  client(name: TableName): TableClient;
  /** Creates the tables once per process; cheap to await on every request after the first. */
  ready(): Promise<void>;
  /** Storage round trips made so far (the benchmarks report them per API request). */
  requestCount(): number;
  /** One cheap read; resolves when storage answers at all (a 404 is an answer), for the health route. */
  ping(signal: AbortSignal): Promise<void>;
}

/** Table Storage clients for one account (Azurite locally), created once and shared. */
export function createTables(connection: string | StorageConnection, prefix = '', telemetry?: Telemetry): Tables {
  const resolved: StorageConnection =
    typeof connection === 'string' ? { mode: 'connection-string', connectionString: connection } : connection;
  const makeClient = clientFactory(resolved);
  const clients = new Map<TableName, TableClient>(TABLE_NAMES.map((name) => [name, makeClient(`${prefix}${name}`)]));
  let requests = 0;
  for (const client of clients.values()) {
    client.pipeline.addPolicy({
      name: 'countStorageRequests',
      sendRequest: (request, next) => {
        requests += 1;
        return next(request);
      },
    });
    if (telemetry) instrumentTableClient(client, telemetry);
  }
  let readiness: Promise<void> | undefined;
  return {
    requestCount: () => requests,
    async ping(signal) {
      try {
        await clients.get('Tenants')?.getEntity('health', 'probe', { abortSignal: signal });
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (typeof status !== 'number' || status >= 500) throw error;
      }
    },
    client(name) {
      const client = clients.get(name);
      if (!client) throw new Error(`Unknown table ${name}`);
      return client;
    },
    ready() {
      readiness ??= Promise.all([...clients.values()].map((c) => c.createTable())).then(
        () => undefined,
        (error: unknown) => {
          readiness = undefined; // let the next request try again
          throw error;
        },
      );
      return readiness;
    },
  };
}

function clientFactory(connection: StorageConnection): (table: string) => TableClient {
  if (connection.mode === 'connection-string') {
    const { connectionString } = connection;
    const insecure = /UseDevelopmentStorage=true|DefaultEndpointsProtocol=http;|=http:\/\//i.test(connectionString);
    return (table) => TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: insecure });
  }
  const url = new URL(connection.accountUrl);
  // Bearer tokens only travel over TLS (the SDK refuses otherwise); say so at start-up, by name.
  if (url.protocol !== 'https:') throw new Error(`STORAGE_ACCOUNT_URL must be https (got ${url.origin})`);
  const credential =
    connection.credential ??
    (connection.managedIdentityClientId
      ? new ManagedIdentityCredential({ clientId: connection.managedIdentityClientId })
      : new DefaultAzureCredential());
  const endpoint = connection.accountUrl.replace(/\/+$/, '');
  return (table) => new TableClient(endpoint, table, credential);
}

/** Connection string for an Azurite table endpoint on a given port (the well-known dev account). */
export function azuriteConnectionString(port: number, host = '127.0.0.1'): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `TableEndpoint=http://${host}:${port}/devstoreaccount1;`
  );
}
