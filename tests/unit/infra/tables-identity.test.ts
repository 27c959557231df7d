import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { createTables } from '../../../functions/src/storage/tables';

/** Records what the table clients ask for, then stops the request before it leaves the process. */
class RecordingCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken | null> {
    this.scopes.push([scopes].flat());
    return Promise.reject(new Error('stop here: no network in this test'));
  }
}

describe('identity-based table access', () => {
  it('asks the identity for a storage token for the configured account, with no key anywhere', async () => {
    const credential = new RecordingCredential();
    const tables = createTables(
      { mode: 'identity', accountUrl: 'https://peerst.table.core.windows.net/', credential },
      'Pre',
    );
    const client = tables.client('Relationships');
    expect(client.url).toBe('https://peerst.table.core.windows.net');
    expect(client.tableName).toBe('PreRelationships');
    await expect(client.getEntity('p', 'r')).rejects.toThrow(/stop here/);
    expect(credential.scopes).toEqual([['https://storage.azure.com/.default']]);
    expect(tables.requestCount()).toBe(1);
  });

  it('refuses a plain-http account URL at start-up, naming the setting', () => {
    expect(() => createTables({ mode: 'identity', accountUrl: 'http://peerst.table.core.windows.net/' })).toThrow(
      /STORAGE_ACCOUNT_URL must be https/,
    );
  });

  it('keeps the connection-string form for Azurite and existing callers', () => {
    const tables = createTables('UseDevelopmentStorage=true');
    expect(tables.client('Memberships').url).toMatch(/^http:\/\/127\.0\.0\.1:10002\/devstoreaccount1/);
  });
});
