import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CadenceWeeks } from '../../../shared/discovery/cadence';
import { transition } from '../../../shared/relationships/lifecycle';
import { assertWritable, withLifecycle } from '../../../shared/relationships/lifecycle-record';
import type { Lifecycle, LifecycleAction } from '../../../shared/relationships/lifecycle-types';
import { otherMember } from '../../../shared/relationships/member-rules';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import { localDate } from '../../../shared/relationships/relative-day';
import { wallToInstant } from '../../../shared/scheduling/time-zones';
import { CalendarModel } from './calendar-model';

const DAY = 86_400_000;
const ZONE = 'America/New_York';
const START = Date.parse('2026-12-01T12:00:00Z');
const people = ['ana', 'ben'] as const;
const cadence = fc.constantFrom<CadenceWeeks>(2, 3, 4, 6, 8, 12);

/** A step: who acts, what they try, and how much time passes first. Shared-item writes are steps too. */
type Step =
  | {
      kind: 'lifecycle';
      waitMs: number;
      who: 0 | 1;
      make: (by: string, peer: string, nowMs: number) => LifecycleAction;
    }
  | { kind: 'write-item'; waitMs: number; who: 0 | 1 };

const who = fc.constantFrom<0 | 1>(0, 1);
const wait = fc.integer({ min: 60_000, max: 20 * DAY });
const lifecycleStep = (make: fc.Arbitrary<(by: string, peer: string, nowMs: number) => LifecycleAction>) =>
  fc.record({ kind: fc.constant('lifecycle' as const), waitMs: wait, who, make });

// Weighted towards accepting and booking, so runs spend time in active and paused with a series.
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    // Half the invitations propose a first time (the accept then books it), some of it soon past.
    arbitrary: lifecycleStep(
      fc
        .tuple(cadence, fc.option(fc.integer({ min: 60_000, max: 30 * DAY }), { nil: undefined }))
        .map(([c, ahead]) => (by: string, peer: string, nowMs: number) => ({
          type: 'invite',
          by,
          peer,
          cadenceWeeks: c,
          ...(ahead === undefined
            ? {}
            : {
                proposedSlot: {
                  start: new Date(nowMs + ahead).toISOString(),
                  end: new Date(nowMs + ahead + 30 * 60_000).toISOString(),
                },
              }),
        })),
    ),
    weight: 2,
  },
  { arbitrary: lifecycleStep(fc.constant((by: string) => ({ type: 'accept', by }))), weight: 6 },
  {
    arbitrary: lifecycleStep(cadence.map((c) => (by: string) => ({ type: 'propose', by, cadenceWeeks: c }))),
    weight: 2,
  },
  { arbitrary: lifecycleStep(fc.constant((by: string) => ({ type: 'decline', by }))), weight: 1 },
  {
    arbitrary: lifecycleStep(
      fc.integer({ min: -DAY, max: 30 * DAY }).map((offset) => (by: string, _p: string, nowMs: number) => ({
        type: 'schedule',
        by,
        firstStart: new Date(nowMs + offset).toISOString(),
      })),
    ),
    weight: 6,
  },
  {
    arbitrary: lifecycleStep(
      fc.integer({ min: -DAY, max: 30 * DAY }).map((offset) => (by: string, _p: string, nowMs: number) => ({
        type: 'reschedule',
        by,
        firstStart: new Date(nowMs + offset).toISOString(),
      })),
    ),
    weight: 3,
  },
  {
    arbitrary: lifecycleStep(
      fc.integer({ min: -2, max: 60 }).map((days) => (by: string, _p: string, nowMs: number) => ({
        type: 'pause',
        by,
        until: localDate(nowMs + days * DAY, ZONE),
        timeZone: ZONE,
      })),
    ),
    weight: 4,
  },
  { arbitrary: lifecycleStep(fc.constant((by: string) => ({ type: 'resume', by }))), weight: 3 },
  { arbitrary: lifecycleStep(fc.constant((by: string) => ({ type: 'end', by }))), weight: 1 },
  {
    arbitrary: lifecycleStep(
      fc
        .option(cadence, { nil: undefined })
        .map((c) => (by: string) => ({ type: 'restart', by, ...(c ? { cadenceWeeks: c } : {}) })),
    ),
    weight: 2,
  },
  { arbitrary: lifecycleStep(fc.constant((by: string) => ({ type: 'leave-by-erasure', by }))), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('write-item' as const), waitMs: wait, who }), weight: 3 },
);

const row = (l: Lifecycle): Relationship =>
  withLifecycle(
    {
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      members: ['ana', 'ben'],
      initiatedBy: 'ana',
      status: 'invited',
      goal: 'rapport',
      cadenceWeeks: 4,
      format: 'video',
      createdAt: new Date(START).toISOString(),
      version: 1,
    },
    l,
    new Date(START).toISOString(),
  );

/** Runs a sequence from the first invitation, calling `check` after every step. */
function run(
  steps: Step[],
  check: (state: { lifecycle: Lifecycle; nowMs: number; calendar: CalendarModel; items: Map<number, number> }) => void,
  onStep?: (before: Lifecycle, after: Lifecycle | null, s: Step, nowMs: number) => void,
) {
  let nowMs = START;
  const proposedSlot = {
    start: new Date(nowMs + 2 * DAY).toISOString(),
    end: new Date(nowMs + 2 * DAY + 1_800_000).toISOString(),
  };
  const first = transition(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4, proposedSlot }, nowMs);
  if (!first.ok) throw new Error(first.reason);
  let lifecycle = first.value.lifecycle;
  const calendar = new CalendarModel();
  /** Shared items written, per generation. */
  const items = new Map<number, number>();
  for (const s of steps) {
    nowMs += s.waitMs;
    const me = people[s.who];
    const peer = otherMember(me, people);
    if (s.kind === 'write-item') {
      if (assertWritable(row(lifecycle)).ok)
        items.set(lifecycle.generation, (items.get(lifecycle.generation) ?? 0) + 1);
      onStep?.(lifecycle, null, s, nowMs);
    } else {
      const result = transition(lifecycle, s.make(me, peer, nowMs), nowMs);
      onStep?.(lifecycle, result.ok ? result.value.lifecycle : null, s, nowMs);
      if (result.ok) {
        for (const effect of result.value.calendar) calendar.apply(effect);
        if (result.value.cleanSlate) expect(items.get(result.value.lifecycle.generation) ?? 0).toBe(0);
        lifecycle = result.value.lifecycle;
      }
    }
    check({ lifecycle, nowMs, calendar, items });
  }
}

const pauseEnd = (l: Lifecycle) => wallToInstant(ZONE, Date.parse(`${l.pausedUntil}T00:00:00Z`));
const runs = { numRuns: 400 };

describe('life-cycle properties', () => {
  it('no sequence leaves a future occurrence for a relationship that is not active (paused: none in the window)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(steps, ({ lifecycle, nowMs, calendar }) => {
          if (lifecycle.state === 'active') return;
          if (lifecycle.state === 'paused') expect(calendar.occurrences(nowMs, pauseEnd(lifecycle))).toEqual([]);
          else expect(calendar.occurrences(nowMs)).toEqual([]);
        });
      }),
      runs,
    );
  });

  it('no sequence books a second series: at most one has future occurrences, and never a duplicate', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(steps, ({ nowMs, calendar }) => {
          expect(calendar.liveSeries(nowMs).size).toBeLessThanOrEqual(1);
          expect(calendar.duplicates).toBe(0);
        });
      }),
      runs,
    );
  });

  it('no sequence writes to a declined or ended generation', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(
          steps,
          () => undefined,
          (before, after, s) => {
            const closed = before.state === 'ended' || before.state === 'declined';
            if (!closed) return;
            if (s.kind === 'write-item') {
              expect(assertWritable(row(before)).ok).toBe(false);
              return;
            }
            if (after === null) return;
            // The only ways on: a new generation, or an erasure that leaves this one closed.
            const nextGeneration = after.generation === before.generation + 1 && after.state === 'invited';
            const erasedInPlace = after.generation === before.generation && after.state === before.state;
            expect(nextGeneration || erasedInPlace).toBe(true);
          },
        );
      }),
      runs,
    );
  });

  it('every reachable state can reach ended', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(steps, ({ lifecycle, nowMs }) => {
          const live = lifecycle.members.find((m) => m !== 'former-member')!;
          let current = lifecycle;
          if (current.state === 'declined') {
            const again = transition(
              current,
              { type: 'invite', by: live, peer: otherMember(live, people), cadenceWeeks: 4 },
              nowMs,
            );
            expect(again.ok).toBe(true);
            if (again.ok) current = again.value.lifecycle;
          }
          if (current.state !== 'ended') {
            const ended = transition(current, { type: 'end', by: live }, nowMs);
            expect(ended.ok && ended.value.lifecycle.state).toBe('ended');
          }
        });
      }),
      runs,
    );
  });

  it('a restart yields a clean generation: no series, no pause, no items, no meeting dates', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(
          steps,
          () => undefined,
          (before, after, _s, nowMs) => {
            if (!after || after.generation === before.generation) return;
            expect(after).toMatchObject({ state: 'invited', generation: before.generation + 1 });
            expect(after.series).toBeUndefined();
            expect(after.pausedUntil).toBeUndefined();
            const stored = withLifecycle(
              { ...row(before), lastMetAt: '2026-11-01T10:00:00.000Z', nextMeetingAt: '2027-01-01T10:00:00.000Z' },
              after,
              new Date(nowMs).toISOString(),
            );
            expect(stored.lastMetAt).toBeUndefined();
            expect(stored.nextMeetingAt).toBeUndefined();
          },
        );
      }),
      runs,
    );
  });
});
