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
  /**
   * The clock schedules are read against (the dev host's, so DEV_NOW moves them too); the real
   * clock by default. Time still passes in real milliseconds between runs.
   */
  now?: () => Date;
}

/**
 * Runs jobs the way the Functions host does: on their NCRONTAB schedules (croner reads the
 * 6-field form), never overlapping a scheduled run of the same job with itself, and on demand.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const running = new Set<string>();
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  let started = false;

  const run = async (job: JobDefinition, trigger: JobRun['trigger']): Promise<JobRun> => {
    const startedAt = now();
    const began = performance.now();
    let result: JobRun;
    try {
      const summary = await job.handler(await options.services());
      result = { name: job.name, trigger, startedAt, durationMs: Math.round(performance.now() - began), summary };
    } catch (error) {
      result = { name: job.name, trigger, startedAt, durationMs: Math.round(performance.now() - began), error };
    }
    options.onRun?.(result);
    return result;
  };

  // Croner computes the next occurrence from the given clock's "now"; a plain timer waits for it.
  const arm = (job: JobDefinition, cron: Cron) => {
    const from = now();
    const next = cron.nextRun(from);
    if (!started || next === null) return;
    const timer = setTimeout(
      () => {
        timers.delete(job.name);
        const fire = async () => {
          if (!running.has(job.name)) {
            running.add(job.name);
            await run(job, 'schedule').finally(() => running.delete(job.name));
          }
        };
        void fire().finally(() => arm(job, cron));
      },
      Math.max(0, next.getTime() - from.getTime()),
    );
    timer.unref?.();
    timers.set(job.name, timer);
  };

  return {
    start() {
      if (started) return;
      started = true;
      for (const job of options.jobs) arm(job, new Cron(job.schedule, { paused: true }));
    },
    stop() {
      started = false;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
    async runNow(name) {
      const job = byName.get(name);
      if (job === undefined) throw new RangeError(`No job named "${name}"`);
      return run(job, 'demand');
    },
    has: (name) => byName.has(name),
  };
}
