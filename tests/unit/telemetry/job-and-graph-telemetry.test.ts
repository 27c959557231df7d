import type { HttpRequest, InvocationContext } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { graphOperation } from '../../../functions/src/graph/graph-telemetry';
import type { JobDefinition, JobServices } from '../../../functions/src/jobs/job-table';
import { withJobTelemetry } from '../../../functions/src/telemetry/job-telemetry';
import { METRIC_NAMES } from '../../../functions/src/telemetry/metrics';
import { withRequestTelemetry } from '../../../functions/src/telemetry/request-telemetry';
import { telemetryHarness } from './telemetry-harness';

describe('graph span names', () => {
  it('keep Graph vocabulary and replace ids, mail addresses and queries', () => {
    expect(
      graphOperation('get', 'https://graph.microsoft.com/v1.0/users/dana.lee%40contoso.example?$select=mail'),
    ).toBe('GET /users/{id}');
    expect(
      graphOperation('POST', 'http://127.0.0.1:7072/v1.0/users/6a1f0c2e-93b4/teamwork/sendActivityNotification'),
    ).toBe('POST /users/{id}/teamwork/sendActivityNotification');
    expect(graphOperation('GET', '/me/events/AAMkAGI2TG93AAA=/instances?startDateTime=x')).toBe(
      'GET /me/events/{id}/instances',
    );
  });
});

describe('job telemetry', () => {
  it('runs each job in a span named by its row and counts reminders from the summary', async () => {
    const h = telemetryHarness();
    const job: JobDefinition = {
      name: 'reminders',
      schedule: '0 5 * * * *',
      handler: () => Promise.resolve({ sent: 3, held: 2, undeliverable: 1, failed: 0, byTenant: { t1: { sent: 3 } } }),
    };
    const [wrapped] = withJobTelemetry([job], h.telemetry);
    const summary = await wrapped!.handler({} as JobServices);
    expect(summary).toMatchObject({ sent: 3 });
    expect(h.spans.getFinishedSpans().map((s) => s.name)).toEqual(['reminders']);
    const points = await h.metricPoints();
    const reminders = points.filter((p) => p.name === METRIC_NAMES.reminders);
    expect(Object.fromEntries(reminders.map((p) => [p.attributes['peer.outcome'], p.value]))).toEqual({
      sent: 3,
      held: 2,
      undeliverable: 1,
    });
    const log = h.logRecords.getFinishedLogRecords().at(-1)!;
    expect(log.body).toBe('job.reminders.done');
    expect(log.attributes['peer.job.sent']).toBe(3);
    expect(JSON.stringify(log.attributes)).not.toContain('t1');
    await h.close();
  });

  it('leaves the table as it is without telemetry', () => {
    const job: JobDefinition = { name: 'x', schedule: '* * * * * *', handler: () => Promise.resolve({}) };
    expect(withJobTelemetry([job], undefined)[0]).toBe(job);
  });
});

describe('request telemetry', () => {
  it('wraps a handler in a span with its status and logs a failed request by operation, without its body', async () => {
    const h = telemetryHarness();
    const failing = withRequestTelemetry(h.telemetry, 'getHealth', () =>
      Promise.resolve({ status: 503, body: JSON.stringify({ detail: 'dana.lee@contoso.example' }) }),
    );
    const response = await failing({} as HttpRequest, {} as InvocationContext);
    expect(response.status).toBe(503);
    const [span] = h.spans.getFinishedSpans();
    expect(span?.name).toBe('getHealth');
    expect(span?.attributes['http.response.status_code']).toBe(503);
    const [log] = h.logRecords.getFinishedLogRecords();
    expect(log?.body).toBe('request.failed');
    expect(log?.attributes['peer.operation']).toBe('getHealth');
    expect(await h.exportedText()).not.toContain('contoso');
    await h.close();
  });

  it('returns the handler itself without telemetry', () => {
    const handler = () => Promise.resolve({ status: 200 });
    expect(withRequestTelemetry(undefined, 'getMe', handler)).toBe(handler);
  });
});
