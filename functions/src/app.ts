import { app } from '@azure/functions';
import { createCompositionRoot } from './composition-root';
import { apiConfigFromEnv } from './config/api-config';
import { createHandler } from './http/create-handler';
import { jobTable } from './jobs/job-table';
import { registerJobs } from './jobs/register-jobs';
import { routeTable } from './routes/route-table';
import { withJobTelemetry } from './telemetry/job-telemetry';
import { startTelemetry } from './telemetry/telemetry-setup';

/**
 * Entry point for the Azure Functions host: one function per row of the route table. The root is
 * built as the app loads, so a bad setting stops the app there, naming the setting, instead of
 * answering 500 to every request.
 */
const { exporting } = startTelemetry();
const root = createCompositionRoot(apiConfigFromEnv());
// Stdout belongs to the worker; the structured log reaches Application Insights when exporting.
root.telemetry?.log.info('startup.config', {
  'peer.storage.mode': root.config.storage.mode,
  'peer.telemetry.exporting': exporting,
});

for (const row of routeTable) {
  app.http(row.operation.name, {
    methods: [row.operation.method],
    authLevel: 'anonymous',
    route: row.operation.path,
    handler: createHandler(row, root),
  });
}

// One timer function per job row (reminders hourly at :05), with app-only Graph and the same tables.
// Each run is a span named by its job row, with the reminders' counts as metrics.
registerJobs(app, withJobTelemetry(jobTable, root.telemetry), () => root.jobs);
