import type { JobDefinition } from '../jobs/job-table';
import type { ReminderOutcome } from './metrics';
import type { Telemetry } from './telemetry';

const REMINDER_OUTCOMES: readonly ReminderOutcome[] = ['sent', 'held', 'undeliverable'];

/**
 * The job table as telemetry sees it: each pass runs in a span named by its row, the reminders
 * counters come from the pass's own summary, and a structured log line gives the counts (numbers only).
 * Wiring: pass `withJobTelemetry(jobTable, root.telemetry)` wherever the table is registered or run.
 */
export function withJobTelemetry(jobs: readonly JobDefinition[], telemetry: Telemetry | undefined): JobDefinition[] {
  if (!telemetry) return [...jobs];
  return jobs.map((job) => ({
    ...job,
    handler: (services) =>
      telemetry.runJob(job.name, async () => {
        const summary = await job.handler(services);
        const counts = numericCounts(summary);
        if (job.name === 'reminders') {
          for (const outcome of REMINDER_OUTCOMES) {
            if (counts[outcome]) telemetry.metrics.reminders(outcome, counts[outcome]);
          }
        }
        if (typeof counts.rounds === 'number') for (let i = 0; i < counts.rounds; i += 1) telemetry.metrics.poolRound();
        if (counts.matches) telemetry.metrics.poolMatches(counts.matches);
        telemetry.log.info(`job.${job.name}.done`, prefixed(counts));
        return summary;
      }),
  }));
}

/** Top-level numbers only: a summary may also hold per-tenant maps, which stay out of the log line. */
function numericCounts(summary: object): Record<string, number> {
  return Object.fromEntries(
    Object.entries(summary).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

function prefixed(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [`peer.job.${key}`, value]));
}
