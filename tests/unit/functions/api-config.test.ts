import { describe, expect, it } from 'vitest';
import { createCompositionRoot } from '../../../functions/src/composition-root';
import { apiConfigFromEnv, type ApiConfig } from '../../../functions/src/config/api-config';

const base = {
  AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  AUTH_JWKS_URI: 'https://login.microsoftonline.com/{tenantid}/discovery/v2.0/keys',
  AUTH_AUDIENCES: 'api-client-id',
  GRAPH_TOKEN_MODE: 'passthrough',
};

describe('storage settings', () => {
  it('states which mode is in force: a connection string, or the managed identity and the account URL', () => {
    expect(apiConfigFromEnv({ ...base, STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).storage).toEqual({
      mode: 'connection-string',
      connectionString: 'UseDevelopmentStorage=true',
      tablePrefix: '',
    });
    expect(apiConfigFromEnv({ ...base, AzureWebJobsStorage: 'UseDevelopmentStorage=true' }).storage.mode).toBe(
      'connection-string',
    );
    expect(
      apiConfigFromEnv({ ...base, STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net', AZURE_CLIENT_ID: 'mi-1' })
        .storage,
    ).toEqual({
      mode: 'identity',
      accountUrl: 'https://acct.table.core.windows.net',
      managedIdentityClientId: 'mi-1',
      tablePrefix: '',
    });
  });

  it('stops on an ambiguous or malformed storage setting, naming it', () => {
    expect(() =>
      apiConfigFromEnv({ ...base, STORAGE_CONNECTION_STRING: 'x', STORAGE_ACCOUNT_URL: 'https://a.example' }),
    ).toThrow(/STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL/);
    expect(() => apiConfigFromEnv({ ...base, STORAGE_ACCOUNT_URL: 'not a url' })).toThrow(/STORAGE_ACCOUNT_URL/);
  });
});

describe('the composition root', () => {
  const good = apiConfigFromEnv({ ...base, STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' });

  it('builds every use case once from a valid configuration', () => {
    const root = createCompositionRoot(good);
    expect(Object.keys(root.useCases).sort()).toEqual(
      [
        'guidance',
        'health',
        'people',
        'privateData',
        'relationships',
        'reminders',
        'scheduling',
        'sharedItems',
        'slots',
        'suggestionDismissals',
        'suggestions',
      ].sort(),
    );
  });

  it('refuses to start on a bad setting and names it, however the configuration was built', () => {
    const broken = { ...good, storage: { ...good.storage, connectionString: '' } } as ApiConfig;
    expect(() => createCompositionRoot(broken)).toThrow(/storage\.connectionString/);
    const noJwks = { ...good, auth: { ...good.auth, jwksUri: 'nope' } };
    expect(() => createCompositionRoot(noJwks)).toThrow(/auth\.jwksUri/);
  });

  it('builds the root in identity mode against the account URL, and stops start-up on a plain-http one', () => {
    const identity = apiConfigFromEnv({ ...base, STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net' });
    const root = createCompositionRoot(identity);
    expect(root.tables.client('Relationships').url).toBe('https://acct.table.core.windows.net');
    const plain = apiConfigFromEnv({ ...base, STORAGE_ACCOUNT_URL: 'http://acct.table.core.windows.net' });
    expect(() => createCompositionRoot(plain)).toThrow(/STORAGE_ACCOUNT_URL must be https/);
  });
});
