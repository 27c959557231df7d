import { TableClient } from '@azure/data-tables';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzuriteTables, type AzuriteTables } from '../../../dev/azurite';
import { freePort } from '../../../dev/free-port';
import { createRow, deleteRow, getRow, replaceRow } from '../../../functions/src/adapters/table-rows';
import { StaleVersionError } from '../../../functions/src/ports/store-errors';
import { azuriteConnectionString } from '../../../functions/src/storage/tables';

// The row adapter refuses tags storage never issues (the edge already refuses `*` from clients), but
// it must keep taking storage's own tags and the internal `*` that erasure writes with: refusing `*`
// there turned `DELETE /api/me` into a 500.
let azurite: AzuriteTables;
let client: TableClient;
const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-tags-'));

beforeAll(async () => {
  azurite = await startAzuriteTables({ port: await freePort(), location: dataDir, inMemory: true });
  client = TableClient.fromConnectionString(azuriteConnectionString(azurite.port), 'TagsProbe', {
    allowInsecureConnection: true,
  });
  await client.createTable();
}, 60_000);

afterAll(async () => {
  await azurite.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('table row tags', () => {
  it("replaces with storage's own tag, then refuses the old one and malformed ones as stale", async () => {
    const first = await createRow(client, 'p', 'a', { n: 1 });
    expect(first).toMatch(/^W\/"datetime'/);
    const second = await replaceRow(client, 'p', 'a', { n: 2 }, first);
    await expect(replaceRow(client, 'p', 'a', { n: 3 }, first)).rejects.toBeInstanceOf(StaleVersionError);
    for (const bad of ['"garbage"', '"0"', 'W/"x"', ''])
      await expect(replaceRow(client, 'p', 'a', { n: 4 }, bad)).rejects.toBeInstanceOf(StaleVersionError);
    expect((await getRow<{ n: number }>(client, 'p', 'a'))?.value.n).toBe(2);
    await expect(deleteRow(client, 'p', 'a', '"0"')).rejects.toBeInstanceOf(StaleVersionError);
    await deleteRow(client, 'p', 'a', second);
    expect(await getRow(client, 'p', 'a')).toBeNull();
  });

  it('still writes and deletes unconditionally with the internal wildcard (erasure)', async () => {
    await createRow(client, 'p', 'b', { n: 1 });
    await replaceRow(client, 'p', 'b', { n: 2 }, '*');
    expect((await getRow<{ n: number }>(client, 'p', 'b'))?.value.n).toBe(2);
    await deleteRow(client, 'p', 'b', '*');
    expect(await getRow(client, 'p', 'b')).toBeNull();
  });
});
