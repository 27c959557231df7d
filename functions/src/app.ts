import { app } from '@azure/functions';
import { createCompositionRoot } from './composition-root';
import { apiConfigFromEnv } from './config/api-config';
import { createHandler } from './http/create-handler';
import { jobTable } from './jobs/job-table';
import { registerJobs } from './jobs/register-jobs';
import { routeTable } from './routes/route-table';

/**
 * Entry point for the Azure Functions host: one function per row of the route table. The root is
 * built as the app loads, so a bad setting stops the app there, naming the setting, instead of
 * answering 500 to every request.
 */
const root = createCompositionRoot(apiConfigFromEnv());

for (const row of routeTable) {
  app.http(row.operation.name, {
    methods: [row.operation.method],
    authLevel: 'anonymous',
    route: row.operation.path,
    handler: createHandler(row, root),
  });
}

// One timer function per job row (reminders hourly at :05), with app-only Graph and the same tables.
registerJobs(app, jobTable, () => root.jobs);
