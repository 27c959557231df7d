import { metrics, trace } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../../functions/src/telemetry/metrics';
import { hashUserId } from '../../../functions/src/telemetry/redaction';
import { relationshipDetailSchema } from '../../../shared/relationships/relationship-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

/**
 * A realistic API session through the whole local stack, with an in-memory exporter installed as
 * the process's OpenTelemetry provider (the same global API Application Insights hooks into). The
 * exported spans and logs must carry none of the session's texts, tokens or mail addresses.
 */
const spans = new InMemorySpanExporter();
const logRecords = new InMemoryLogRecordExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const loggerProvider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: logRecords })] });
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
const meterProvider = new MeterProvider({ readers: [reader] });

async function metricPoints() {
  await reader.forceFlush();
  return (metricExporter.getMetrics().at(-1)?.scopeMetrics ?? []).flatMap((scope) =>
    scope.metrics.flatMap((metric) =>
      metric.dataPoints.map((point) => ({
        name: metric.descriptor.name,
        attributes: point.attributes,
        value: point.value,
      })),
    ),
  );
}

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let a: User;
let b: User;

const AGENDA = 'AGENDA-9c1e: how to ask for the staff role';
const COMMITMENT = 'COMMIT-4b7d: send the hiring rubric';
const NOTE = 'NOTE-2f8a: they seemed burnt out';

beforeAll(async () => {
  trace.setGlobalTracerProvider(tracerProvider);
  logs.setGlobalLoggerProvider(loggerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  // Graph answers every fourth call with 429, so retries and the throttling counter show up too.
  stack = await startTestStack({ throttle: 'every=4' });
  // Two people outside each other's reporting line: a manager or a direct report is not a peer.
  const people = stack.tenant.data.users.filter((u) => u.managerId && u.mail);
  a = people[0]!;
  b = people.find((u) => u.id !== a.id && u.managerId !== a.id && a.managerId !== u.id)!;
});
afterAll(async () => {
  await stack?.close();
  await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown(), meterProvider.shutdown()]);
  trace.disable();
  logs.disable();
  metrics.disable();
});

describe('telemetry of an API session', () => {
  it('exports request, Table and Graph spans and no texts, tokens or mail addresses', async () => {
    expect((await stack.callAs(a, 'GET', '/me')).status).toBe(200);
    expect(
      (await stack.callAs(a, 'GET', `/peers/search?q=${encodeURIComponent(b.displayName.slice(0, 4))}`)).status,
    ).toBe(200);
    const created = await stack.callAs(a, 'POST', '/relationships', { peer: b.mail, goal: 'rapport', cadenceWeeks: 4 });
    expect(created.status).toBe(201);
    const id = relationshipDetailSchema.parse(created.json).id;
    expect((await stack.callAs(b, 'POST', `/relationships/${id}/respond`, { action: 'accept' })).status).toBe(200);
    expect((await stack.callAs(a, 'POST', `/relationships/${id}/agenda`, { text: AGENDA })).status).toBe(201);
    const commitment = { text: COMMITMENT, owner: b.id };
    expect((await stack.callAs(b, 'POST', `/relationships/${id}/commitments`, commitment)).status).toBe(201);
    const empty = await stack.callAs(a, 'GET', `/relationships/${id}/notes`);
    const saved = await stack.callAs(
      a,
      'PUT',
      `/relationships/${id}/notes`,
      { text: NOTE },
      { 'If-Match': empty.etag! },
    );
    expect(saved.status).toBe(200);
    expect((await stack.callAs(a, 'POST', '/slots', { peers: [b.mail], days: 7 })).status).toBe(200);
    expect((await stack.api('/relationships')).status).toBe(401);

    const finished = spans.getFinishedSpans();
    const names = new Set(finished.map((s) => s.name));
    for (const operation of ['getMe', 'searchPeople', 'createRelationship', 'addAgendaItem', 'putNotes', 'findSlots']) {
      if (!names.has(operation)) throw new Error(`no request span ${operation}; spans: ${[...names].join(', ')}`);
    }
    const request = finished.find((s) => s.name === 'createRelationship')!;
    expect(request.attributes['peer.tenant_id']).toBe(stack.tenant.tenantId);
    expect(request.attributes['peer.user_hash']).toBe(hashUserId(a.id, 'local'));
    expect(request.attributes['http.response.status_code']).toBe(201);
    expect(request.attributes['peer.storage.round_trips']).toBeGreaterThan(0);
    const children = finished.filter((s) => s.parentSpanContext?.spanId === request.spanContext().spanId);
    expect(children.some((s) => s.name.startsWith('table '))).toBe(true);
    expect(children.some((s) => s.name.startsWith('graph '))).toBe(true);
    for (const dep of finished.filter((s) => /^(graph|table) /.test(s.name))) {
      expect(dep.attributes['peer.retry_count'], dep.name).toBeGreaterThanOrEqual(0);
      expect(typeof dep.attributes['http.response.status_code'], dep.name).toBe('number');
    }
    const retried = finished.filter((s) => s.name.startsWith('graph ') && Number(s.attributes['peer.retry_count']) > 0);
    expect(retried.length).toBeGreaterThan(0);
    const points = await metricPoints();
    const throttled = points.find(
      (p) => p.name === METRIC_NAMES.throttled && p.attributes['peer.dependency'] === 'graph',
    );
    expect(throttled?.attributes['http.response.status_code']).toBe(429);
    expect(throttled?.value).toBeGreaterThanOrEqual(retried.length);
    const roundTrips = points.find(
      (p) => p.name === METRIC_NAMES.storageRoundTrips && p.attributes['peer.operation'] === 'createRelationship',
    );
    expect((roundTrips?.value as { count: number; sum: number }).sum).toBe(
      request.attributes['peer.storage.round_trips'],
    );
    const unauthenticated = finished.find((s) => s.name === 'listRelationships');
    expect(unauthenticated?.attributes['http.response.status_code']).toBe(401);

    const exported = JSON.stringify({
      spans: finished.map((s) => ({ name: s.name, attributes: s.attributes, status: s.status, events: s.events })),
      logs: logRecords.getFinishedLogRecords().map((r) => ({ body: r.body, attributes: r.attributes })),
      metrics: points,
    });
    const tokens = await Promise.all([a, b].map((u) => stack.tokenFor(u.id)));
    const forbidden = [AGENDA, COMMITMENT, NOTE, a.mail!, b.mail!, a.id, b.id, a.displayName, b.displayName];
    for (const value of [...forbidden, ...tokens.map((t) => t.split('.')[1]!)]) {
      expect(exported.toLowerCase(), value).not.toContain(value.toLowerCase());
    }
    for (const fragment of ['AGENDA-9c1e', 'COMMIT-4b7d', 'NOTE-2f8a', 'Bearer', '@'])
      expect(exported).not.toContain(fragment);
  });
});
