import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv, describeStorageMode } from '../../../functions/src/config/api-config';
import { tablesFor } from '../../../functions/src/storage/tables-for-config';

const base = {
  AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  AUTH_JWKS_URI: 'https://login.microsoftonline.com/{tenantid}/discovery/v2.0/keys',
  AUTH_AUDIENCES: 'api-client-id',
  GRAPH_TOKEN_MODE: 'passthrough',
};

describe('the storage mode in force', () => {
  it('says which credentials start-up uses, naming the setting and never the key', () => {
    const identity = apiConfigFromEnv({ ...base, STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net' });
    expect(describeStorageMode(identity.storage)).toBe(
      'Storage: managed identity at https://acct.table.core.windows.net (STORAGE_ACCOUNT_URL)',
    );
    const key =
      'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0LWtleQ==;TableEndpoint=https://acct.table.core.windows.net/;';
    const keyed = apiConfigFromEnv({ ...base, STORAGE_CONNECTION_STRING: key });
    expect(describeStorageMode(keyed.storage)).toBe(
      'Storage: connection string to https://acct.table.core.windows.net/',
    );
    expect(describeStorageMode(keyed.storage)).not.toContain('c2VjcmV0');
    expect(describeStorageMode(apiConfigFromEnv(base).storage)).toBe(
      'Storage: connection string to Azurite (development storage)',
    );
  });

  it('names both settings when both are set', () => {
    expect(() =>
      apiConfigFromEnv({
        ...base,
        STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
      }),
    ).toThrow(/STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL/);
  });

  it('passes identity mode through to table clients on the account endpoint', () => {
    const config = apiConfigFromEnv({
      ...base,
      STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net/',
      TABLE_PREFIX: 'Px',
    });
    const client = tablesFor(config.storage).client('Tenants');
    expect(client.url).toBe('https://acct.table.core.windows.net');
    expect(client.tableName).toBe('PxTenants');
  });
});

describe('telemetry and health settings', () => {
  it('reads the user-hash salt and the health deadline, with defaults', () => {
    const set = apiConfigFromEnv({
      ...base,
      TELEMETRY_USER_HASH_SALT: 'a-long-enough-salt-value',
      HEALTH_STORAGE_DEADLINE_MS: '750',
    });
    expect(set.telemetry).toEqual({ userHashSalt: 'a-long-enough-salt-value' });
    expect(set.health).toEqual({ storageDeadlineMs: 750 });
    const defaults = apiConfigFromEnv({ ...base, WEBSITE_SITE_NAME: 'peer-api' });
    expect(defaults.telemetry?.userHashSalt).toBe('site:peer-api');
    expect(defaults.health).toEqual({ storageDeadlineMs: 2_000 });
  });

  it('refuses a short salt or an out-of-range deadline, naming the setting', () => {
    expect(() => apiConfigFromEnv({ ...base, TELEMETRY_USER_HASH_SALT: 'short' })).toThrow(/TELEMETRY_USER_HASH_SALT/);
    expect(() => apiConfigFromEnv({ ...base, HEALTH_STORAGE_DEADLINE_MS: '5' })).toThrow(/HEALTH_STORAGE_DEADLINE_MS/);
  });
});
