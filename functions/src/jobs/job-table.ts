import type { LifecycleEffects } from '../lifecycle/lifecycle-effects';
import { runRemindersPass, type RemindersJobDeps } from './reminders-job';

/** What a job needs, built once by the composition root. */
export interface JobServices {
  reminders: RemindersJobDeps;
  /** The life cycle's outbox worker: pass the composition root's `lifecycle` (absent: the job says so). */
  lifecycleEffects?: LifecycleEffects;
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
  // Retries calendar effects and notifications of life-cycle transitions that did not finish in their request.
  {
    name: 'lifecycle-effects',
    schedule: '0 * * * * *',
    handler: async (services) =>
      services.lifecycleEffects ? services.lifecycleEffects.runPending() : { skipped: 'lifecycleEffects not wired' },
  },
];

export function findJob(name: string): JobDefinition | undefined {
  return jobTable.find((job) => job.name === name);
}
