import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createTelemetry, type Telemetry } from '../../../functions/src/telemetry/telemetry';

/** Real OpenTelemetry SDK providers with in-memory exporters, wired into the API's telemetry. */
export function telemetryHarness(salt = 'test-salt') {
  const spans = new InMemorySpanExporter();
  const logRecords = new InMemoryLogRecordExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const loggerProvider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: logRecords })] });
  const telemetry: Telemetry = createTelemetry({
    tracer: tracerProvider.getTracer('test'),
    meter: meterProvider.getMeter('test'),
    logs: loggerProvider.getLogger('test'),
    userHashSalt: salt,
  });

  /** Every metric point as `{ name, attributes, value }` (sums and histogram counts/sums). */
  const metricPoints = async () => {
    await reader.forceFlush();
    const latest = metricExporter.getMetrics().at(-1);
    return (latest?.scopeMetrics ?? []).flatMap((scope) =>
      scope.metrics.flatMap((metric) =>
        metric.dataPoints.map((point) => ({
          name: metric.descriptor.name,
          attributes: point.attributes,
          value: point.value as number | { count: number; sum?: number },
        })),
      ),
    );
  };

  /** Everything exported, as one JSON text, for the privacy scan. */
  const exportedText = async () =>
    JSON.stringify({
      spans: spans.getFinishedSpans().map((s) => ({
        name: s.name,
        attributes: s.attributes,
        status: s.status,
        events: s.events,
      })),
      logs: logRecords.getFinishedLogRecords().map((r) => ({ body: r.body, attributes: r.attributes })),
      metrics: await metricPoints(),
    });

  const close = async () => {
    await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown(), loggerProvider.shutdown()]);
  };
  return { telemetry, spans, logRecords, metricPoints, exportedText, close };
}
