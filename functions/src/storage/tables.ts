import { TableClient } from '@azure/data-tables';

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
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface Tables {
  client(name: TableName): TableClient;
  /** Creates the tables once per process; cheap to await on every request after the first. */
  ready(): Promise<void>;
  /** Storage round trips made so far (the benchmarks report them per API request). */
  requestCount(): number;
}

/** Table Storage clients for one account (Azurite locally), created once and shared. */
export function createTables(connectionString: string, prefix = ''): Tables {
  const insecure = /UseDevelopmentStorage=true|DefaultEndpointsProtocol=http;|=http:\/\//i.test(connectionString);
  const clients = new Map<TableName, TableClient>(
    TABLE_NAMES.map((name) => [
      name,
      TableClient.fromConnectionString(connectionString, `${prefix}${name}`, { allowInsecureConnection: insecure }),
    ]),
  );
  let requests = 0;
  for (const client of clients.values()) {
    client.pipeline.addPolicy({
      name: 'countStorageRequests',
      sendRequest: (request, next) => {
        requests += 1;
        return next(request);
      },
    });
  }
  let readiness: Promise<void> | undefined;
  return {
    requestCount: () => requests,
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

/** Connection string for an Azurite table endpoint on a given port (the well-known dev account). */
export function azuriteConnectionString(port: number, host = '127.0.0.1'): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `TableEndpoint=http://${host}:${port}/devstoreaccount1;`
  );
}
