import { runRemindersPass, type RemindersJobDeps } from './reminders-job';

/** What a job needs, built once by the composition root. */
export interface JobServices {
  reminders: RemindersJobDeps;
}

/**
 * One row per timer job, like the route table: Azure registers each as `app.timer`, the dev host
 * runs them on the same NCRONTAB schedule (seconds first) and on demand at
 * `POST /admin/functions/{name}`.
 */
export interface JobDefinition {
  name: string;
  schedule: string;
  /** Returns a summary that logs and `npm run job` print. */
  handler: (services: JobServices) => Promise<object>;
}

export const jobTable: readonly JobDefinition[] = [
  { name: 'reminders', schedule: '0 5 * * * *', handler: (services) => runRemindersPass(services.reminders) },
];

export function findJob(name: string): JobDefinition | undefined {
  return jobTable.find((job) => job.name === name);
}
