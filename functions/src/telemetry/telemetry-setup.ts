import { ManagedIdentityCredential } from '@azure/identity';
import { useAzureMonitor } from '@azure/monitor-opentelemetry';
import { metrics, trace } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { createTelemetry, type Telemetry } from './telemetry';

const SCOPE = 'peer-one-on-ones-api';

/**
 * Call once at start-up, before the composition root. With `APPLICATIONINSIGHTS_CONNECTION_STRING` set, spans, metrics and logs go to
 * Application Insights (authenticated by the managed identity when the app setting
 * `APPLICATIONINSIGHTS_AUTHENTICATION_STRING` asks for Entra auth, as the ARM template does); without it
 * the OpenTelemetry API stays a no-op and nothing leaves the process.
 */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): { exporting: boolean } {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (connectionString) {
    const entraAuth = /Authorization=AAD/i.test(env.APPLICATIONINSIGHTS_AUTHENTICATION_STRING ?? '');
    const clientId = /ClientId=([^;]+)/i.exec(env.APPLICATIONINSIGHTS_AUTHENTICATION_STRING ?? '')?.[1];
    useAzureMonitor({
      azureMonitorExporterOptions: {
        connectionString,
        ...(entraAuth ? { credential: new ManagedIdentityCredential(clientId ? { clientId } : {}) } : {}),
      },
      // Our own spans carry the redacted attributes; the automatic HTTP instrumentation would record
      // full URLs (with keys and ids) for every outgoing call, so it stays off.
      instrumentationOptions: {
        http: { enabled: false },
        azureSdk: { enabled: false },
      },
    });
  }
  return { exporting: Boolean(connectionString) };
}

/**
 * The app's telemetry on the global OpenTelemetry API: a no-op until a provider is registered (by
 * `startTelemetry` in Azure, or by a test's in-memory exporter), so building it is always safe.
 */
export function globalTelemetry(userHashSalt: string): Telemetry {
  return createTelemetry({
    tracer: trace.getTracer(SCOPE),
    meter: metrics.getMeter(SCOPE),
    logs: logs.getLogger(SCOPE),
    userHashSalt,
  });
}
