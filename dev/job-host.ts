import type { IncomingMessage, ServerResponse } from 'node:http';
import { jobTable } from '../functions/src/jobs/job-table';
import { createJobRunner, type JobRun, type JobRunner } from '../functions/src/jobs/job-runner';
import type { JobServices } from '../functions/src/jobs/job-table';

export interface JobHost {
  runner: JobRunner;
  /**
   * Azure Functions' admin endpoint for non-HTTP functions, as Core Tools serves it:
   * `POST /admin/functions/{name}` with `{"input": ""}` answers 202 and runs the job at once.
   * Returns false for any other request, so the HTTP routes handle it.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The next run of a job to finish, however it was started (tests wait on it after a 202). */
  nextRun(name: string): Promise<JobRun>;
  /** Every run the admin endpoint started, once all have finished. */
  settled(): Promise<JobRun[]>;
  close(): void;
}

const ADMIN_PATH = /^\/admin\/functions\/([^/?]+)\/?(?:\?.*)?$/;

/** The functions dev host's timer side: the job table on its schedule, and the admin endpoint. */
export function createJobHost(options: {
  services: () => JobServices | Promise<JobServices>;
  /** The dev host's clock (DEV_NOW), which schedules are read against. */
  now: () => Date;
  /** Run jobs on their schedules (npm start); tests leave it off and run them on demand. */
  schedule: boolean;
  log?: (line: string) => void;
}): JobHost {
  const waiting = new Map<string, Array<(run: JobRun) => void>>();
  const started: Array<Promise<JobRun>> = [];
  const log = options.log ?? ((line) => console.log(line));
  const runner = createJobRunner({
    jobs: jobTable,
    services: options.services,
    now: options.now,
    onRun: (run) => {
      log(
        run.error === undefined
          ? `[job ${run.name}] ${run.trigger} run in ${run.durationMs} ms: ${JSON.stringify(summaryLine(run.summary))}`
          : `[job ${run.name}] ${run.trigger} run failed: ${String(run.error)}`,
      );
      for (const resolve of waiting.get(run.name)?.splice(0) ?? []) resolve(run);
    },
  });
  if (options.schedule) runner.start();

  return {
    runner,
    handle(req, res) {
      const match = ADMIN_PATH.exec(req.url ?? '');
      if (match === null) return false;
      const name = decodeURIComponent(match[1] ?? '');
      const answer = (status: number, body?: object) => {
        res.statusCode = status;
        if (body !== undefined) res.setHeader('Content-Type', 'application/json');
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        answer(405, { error: 'Use POST with {"input": ""}' });
      } else if (!runner.has(name)) {
        answer(404, { error: `No function named "${name}"`, functions: jobTable.map((j) => j.name) });
      } else {
        // The body is read (and ignored, like the host ignores "input" for timers) before answering.
        req.resume();
        req.on('end', () => {
          answer(202);
          started.push(runner.runNow(name));
        });
      }
      return true;
    },
    nextRun: (name) =>
      new Promise((resolve) => {
        waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
      }),
    settled: () => Promise.all(started.splice(0)),
    close: () => runner.stop(),
  };
}

/** The totals without the per-tenant breakdown, for one log line. */
function summaryLine(summary: object | undefined): object | undefined {
  if (summary === undefined || !('byTenant' in summary)) return summary;
  const { byTenant: _byTenant, ...totals } = summary as Record<string, unknown>;
  return totals;
}
