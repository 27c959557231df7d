import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  hashUserId,
  isForbiddenKey,
  redactAttributes,
  redactString,
} from '../../../functions/src/telemetry/redaction';
import { tableOperation } from '../../../functions/src/telemetry/table-client-telemetry';

describe('telemetry redaction', () => {
  it('drops keys that name content, credentials, mail addresses or raw user ids', () => {
    for (const key of [
      'noteText',
      'agenda',
      'commitment.title',
      'event.subject',
      'body',
      'access_token',
      'Authorization',
      'organizerMail',
      'email',
      'upn',
      'attendees',
      'location',
      'displayName',
      'userId',
      'peer.user_id',
      'oid',
      'reason',
    ])
      expect(isForbiddenKey(key), key).toBe(true);
    for (const key of ['peer.operation', 'peer.tenant_id', 'peer.user_hash', 'peer.retry_count', 'peer.job'])
      expect(isForbiddenKey(key), key).toBe(false);
  });

  it('masks mail addresses, bearer tokens and JWTs in values, and drops long free text', () => {
    expect(redactString('invite for a.b@contoso.com')).toBe(`invite for ${REDACTED}`);
    expect(redactString('Bearer abc.def')).toBe(REDACTED);
    expect(redactString('jwt eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.')).toBe(`jwt ${REDACTED}`);
    expect(redactString('x'.repeat(201))).toBe(REDACTED);
    expect(redactString('getSchedule')).toBe('getSchedule');
  });

  it('keeps scalars only: objects and arrays are never recorded', () => {
    expect(
      redactAttributes({ 'peer.count': 2, ok: true, nested: { a: 1 }, list: ['x'], 'peer.job': 'pairing' }),
    ).toEqual({
      'peer.count': 2,
      ok: true,
      'peer.job': 'pairing',
    });
  });

  it('hashes user ids stably per salt, and differently across salts', () => {
    const id = '6a1f0c2e-93b4-4c1d-8f8e-0d2b7c9e4a51';
    expect(hashUserId(id, 's1')).toBe(hashUserId(id, 's1'));
    expect(hashUserId(id, 's1')).not.toBe(hashUserId(id, 's2'));
    expect(hashUserId(id, 's1')).not.toContain(id.slice(0, 8));
    expect(hashUserId(id, 's1')).toMatch(/^[\w-]{22}$/);
  });

  it('names table dependencies by method and table, never by the keys in the URL', () => {
    expect(
      tableOperation('GET', "https://acct.table.core.windows.net/PrivateNotes(PartitionKey='t~u',RowKey='r')"),
    ).toBe('GET PrivateNotes');
    expect(tableOperation('POST', 'http://127.0.0.1:10002/devstoreaccount1/$batch')).toBe('POST $batch');
    expect(tableOperation('GET', "http://127.0.0.1:1/devstoreaccount1/Memberships()?$filter=PartitionKey eq 'x'")).toBe(
      'GET Memberships',
    );
  });
});
