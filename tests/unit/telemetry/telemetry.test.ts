import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzuriteTables, type AzuriteTables } from '../../../dev/azurite';
import { freePort } from '../../../dev/free-port';
import { createTables, azuriteConnectionString, type Tables } from '../../../functions/src/storage/tables';
import { METRIC_NAMES } from '../../../functions/src/telemetry/metrics';
import { hashUserId } from '../../../functions/src/telemetry/redaction';
import { instrumentTableClient } from '../../../functions/src/telemetry/table-client-telemetry';
import { telemetryHarness } from './telemetry-harness';

// What a real request handles and telemetry must never carry.
const NOTE_TEXT = 'Worried about the reorg; ask Dana about the promotion';
const MAIL = 'dana.lee@contoso.example';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const USER_ID = '6a1f0c2e-93b4-4c1d-8f8e-0d2b7c9e4a51';
const TENANT_ID = '0b7c52f6-3d8e-4a4e-9f2a-1c5e7d9b2a41';

let azurite: AzuriteTables;
let dataDir: string;
let tables: Tables;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-telemetry-'));
  azurite = await startAzuriteTables({ port: await freePort(), location: dataDir });
  tables = createTables(azuriteConnectionString(azurite.port), 'Tel');
  await tables.ready();
});

afterAll(async () => {
  await azurite.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('telemetry of one API request', () => {
  it('records a request span, Graph and Table dependency spans with status and retries, and no personal data', async () => {
    const h = telemetryHarness();
    const notes = tables.client('PrivateNotes');
    instrumentTableClient(notes, h.telemetry);
    const partitionKey = `${TENANT_ID}~${USER_ID}`;

    await h.telemetry.runRequest('putPrivateNote', { tenantId: TENANT_ID, userId: USER_ID }, async (request) => {
      await h.telemetry.dependency('graph', 'getSchedule', async (graph) => {
        graph.attempt(429); // throttled once, then the retry succeeds
        graph.attempt(200);
      });
      await notes.upsertEntity({ partitionKey, rowKey: 'r1~note~relationship', json: NOTE_TEXT, mail: MAIL });
      await notes.getEntity(partitionKey, 'r1~note~relationship');
      h.telemetry.log.info('note.saved', {
        noteText: NOTE_TEXT,
        organizerMail: MAIL,
        authorization: `Bearer ${TOKEN}`,
        detail: `sent to ${MAIL} with ${TOKEN}`,
        userId: USER_ID,
        'peer.count': 1,
      });
      request.setStatus(200);
    });

    const spans = h.spans.getFinishedSpans();
    const request = spans.find((s) => s.name === 'putPrivateNote')!;
    expect(request.kind).toBe(SpanKind.SERVER);
    expect(request.attributes).toMatchObject({
      'peer.operation': 'putPrivateNote',
      'peer.tenant_id': TENANT_ID,
      'peer.user_hash': hashUserId(USER_ID, 'test-salt'),
      'http.response.status_code': 200,
      'peer.storage.round_trips': 2,
    });
    const graph = spans.find((s) => s.name === 'graph getSchedule')!;
    expect(graph.kind).toBe(SpanKind.CLIENT);
    expect(graph.attributes).toMatchObject({ 'http.response.status_code': 200, 'peer.retry_count': 1 });
    const tableSpans = spans.filter((s) => s.attributes['peer.dependency'] === 'table');
    expect(tableSpans.map((s) => s.name).sort()).toEqual(
      ['table GET TelPrivateNotes', 'table PATCH TelPrivateNotes'].sort(),
    );
    for (const span of [graph, ...tableSpans])
      expect(span.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    for (const span of tableSpans) expect(span.attributes['peer.retry_count']).toBe(0);

    const points = await h.metricPoints();
    expect(points).toContainEqual({
      name: METRIC_NAMES.throttled,
      attributes: { 'peer.dependency': 'graph', 'http.response.status_code': 429 },
      value: 1,
    });
    const roundTrips = points.find((p) => p.name === METRIC_NAMES.storageRoundTrips)!;
    expect(roundTrips.attributes).toEqual({ 'peer.operation': 'putPrivateNote' });
    expect(roundTrips.value).toMatchObject({ count: 1, sum: 2 });

    const [record] = h.logRecords.getFinishedLogRecords();
    expect(record!.body).toBe('note.saved');
    expect(record!.attributes).toEqual({
      detail: 'sent to [redacted] with [redacted]',
      'peer.count': 1,
      'peer.log_name': 'note.saved',
      'peer.operation': 'putPrivateNote',
    });

    const exported = await h.exportedText();
    for (const secret of [NOTE_TEXT, MAIL, TOKEN, USER_ID, 'Worried', 'contoso.example'])
      expect(exported, secret).not.toContain(secret);
    await h.close();
  });

  it('marks a failed request with the error type only, never its message', async () => {
    const h = telemetryHarness();
    await expect(
      h.telemetry.runRequest('createRelationship', undefined, () =>
        Promise.reject(new TypeError(`No mailbox ${MAIL}`)),
      ),
    ).rejects.toThrow(TypeError);
    const [span] = h.spans.getFinishedSpans();
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'TypeError' });
    expect(span!.attributes['error.type']).toBe('TypeError');
    expect(span!.events).toEqual([]);
    expect(await h.exportedText()).not.toContain(MAIL);
    await h.close();
  });

  it('names job spans by the job and counts reminders and pairing rounds', async () => {
    const h = telemetryHarness();
    await h.telemetry.runJob('reminders', async () => {
      h.telemetry.metrics.reminders('sent', 3);
      h.telemetry.metrics.reminders('held');
      h.telemetry.metrics.reminders('undeliverable');
      await h.telemetry.dependency('table', 'GET Relationships', async (t) => t.attempt(503));
    });
    await h.telemetry.runJob('pairing', async () => {
      h.telemetry.metrics.poolRound();
      h.telemetry.metrics.poolMatches(4);
    });
    const spans = h.spans.getFinishedSpans();
    expect(spans.filter((s) => s.kind === SpanKind.INTERNAL).map((s) => [s.name, s.attributes['peer.job']])).toEqual([
      ['reminders', 'reminders'],
      ['pairing', 'pairing'],
    ]);
    const points = await h.metricPoints();
    const value = (name: string, attributes: Record<string, unknown> = {}) =>
      points.find((p) => p.name === name && JSON.stringify(p.attributes) === JSON.stringify(attributes))?.value;
    expect(value(METRIC_NAMES.reminders, { 'peer.outcome': 'sent' })).toBe(3);
    expect(value(METRIC_NAMES.reminders, { 'peer.outcome': 'held' })).toBe(1);
    expect(value(METRIC_NAMES.reminders, { 'peer.outcome': 'undeliverable' })).toBe(1);
    expect(value(METRIC_NAMES.poolRounds)).toBe(1);
    expect(value(METRIC_NAMES.poolMatches)).toBe(4);
    expect(value(METRIC_NAMES.throttled, { 'peer.dependency': 'table', 'http.response.status_code': 503 })).toBe(1);
    await h.close();
  });
});
