import { Cron } from 'croner';
import type { JobDefinition, JobServices } from './job-table';

export interface JobRun {
  name: string;
  trigger: 'schedule' | 'demand';
  startedAt: Date;
  durationMs: number;
  summary?: object;
  error?: unknown;
}

export interface JobRunner {
  /** Starts every job's schedule (the dev host calls this once). */
  start(): void;
  stop(): void;
  /** Runs a job at once, as `POST /admin/functions/{name}` and `npm run job` do. Throws for unknown names. */
  runNow(name: string): Promise<JobRun>;
  has(name: string): boolean;
}

export interface JobRunnerOptions {
  jobs: readonly JobDefinition[];
  /** Built lazily so a host can start before storage is reachable. */
  services: () => JobServices | Promise<JobServices>;
  onRun?: (run: JobRun) => void;
}

/**
 * Runs jobs the way the Functions host does: on their NCRONTAB schedules (croner reads the
 * 6-field form), never overlapping a scheduled run of the same job with itself, and on demand.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const timers: Cron[] = [];
  const byName = new Map(options.jobs.map((job) => [job.name, job]));

  const run = async (job: JobDefinition, trigger: JobRun['trigger']): Promise<JobRun> => {
    const startedAt = new Date();
    let result: JobRun;
    try {
      const summary = await job.handler(await options.services());
      result = { name: job.name, trigger, startedAt, durationMs: Date.now() - startedAt.getTime(), summary };
    } catch (error) {
      result = { name: job.name, trigger, startedAt, durationMs: Date.now() - startedAt.getTime(), error };
    }
    options.onRun?.(result);
    return result;
  };

  return {
    start() {
      if (timers.length > 0) return;
      for (const job of options.jobs) {
        timers.push(
          new Cron(job.schedule, { protect: true, name: `job:${job.name}` }, async () => {
            await run(job, 'schedule');
          }),
        );
      }
    },
    stop() {
      for (const timer of timers.splice(0)) timer.stop();
    },
    async runNow(name) {
      const job = byName.get(name);
      if (job === undefined) throw new RangeError(`No job named "${name}"`);
      return run(job, 'demand');
    },
    has: (name) => byName.has(name),
  };
}
