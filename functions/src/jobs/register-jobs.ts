import type { app as azureApp } from '@azure/functions';
import type { JobDefinition, JobServices } from './job-table';

/** Azure registration: one `app.timer` per job row (the composition root passes its services). */
export function registerJobs(
  app: typeof azureApp,
  jobs: readonly JobDefinition[],
  services: () => JobServices | Promise<JobServices>,
): void {
  for (const job of jobs) {
    app.timer(job.name, {
      schedule: job.schedule,
      handler: async (_timer, context) => {
        const summary = await job.handler(await services());
        context.log(`${job.name}: ${JSON.stringify(summary)}`);
      },
    });
  }
}
