import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoApiConfig } from '../../../dev/stack';
import { createCompositionRoot } from '../../../functions/src/composition-root';
import { findJob, type JobServices } from '../../../functions/src/jobs/job-table';
import type { CalendarEvents } from '../../../functions/src/ports/calendar-events';
import { startTestStack, type TestStack } from '../../support/test-stack';
import { bookedAnyPair, futureOccurrences, pairs } from './lifecycle-support';

// A Graph failure after the end is recorded: the series stays until the lifecycle-effects job
// reruns it, which finishes it exactly once.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

it('an effect killed midway is finished by the lifecycle-effects job, exactly once', async () => {
  const { a, b, id, seriesId } = await bookedAnyPair(stack, pairs(stack));
  let failing = true;
  let ends = 0;
  // A second app instance on the same storage and tenant, whose Graph calendar writes fail while `failing`.
  const faulty = createCompositionRoot(demoApiConfig(stack.tenant, stack.tablesConnectionString), {
    wrapCalendarEvents: (events): CalendarEvents => ({
      ...events,
      async endSeriesFrom(...args) {
        if (failing) throw new Error('Graph went away');
        ends += 1;
        return events.endSeriesFrom(...args);
      },
    }),
  });
  const caller = { tenantId: stack.tenant.tenantId, userId: a.id, token: await stack.tokenFor(a.id) };
  const read = await faulty.useCases.relationships.get(caller, id);
  const ended = await faulty.useCases.relationships.patch(caller, id, read.etag, { status: 'ended' });
  expect(ended.value.status).toBe('ended');
  // Recorded as ended, the series still booked: the effect is pending, not lost.
  expect((await futureOccurrences(stack, b, seriesId)).length).toBeGreaterThan(0);

  failing = false;
  const job = findJob('lifecycle-effects')!;
  expect(job.schedule).toBe('0 * * * * *');
  const services = { lifecycleEffects: faulty.lifecycle } as JobServices;
  const first = (await job.handler(services)) as { applied: number };
  expect(first.applied).toBeGreaterThanOrEqual(1);
  for (const person of [a, b]) expect(await futureOccurrences(stack, person, seriesId)).toEqual([]);
  expect(ends).toBe(1);
  // A rerun finds nothing left to do.
  expect(await job.handler(services)).toMatchObject({ applied: 0, failed: 0 });
  expect(ends).toBe(1);
});
