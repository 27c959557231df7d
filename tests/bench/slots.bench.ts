import { findSlots, type SlotFinderInput } from '../../shared/scheduling';
import { busyWeeks, seededRandom, weekdayPerson } from '../fixtures/random-calendars';
import { findSlotsBaseline } from './slots-baseline';

const DAY = 86_400_000;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function time(runs: number, fn: () => unknown): { median: number; p95: number } {
  // Warm-up: fills the zone-offset cache and lets the JIT settle before timing.
  for (let i = 0; i < Math.min(50, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

/** Pair, 8-week window, 40 busy events a week each, 15-minute grid, 3 occurrences every 4 weeks. */
function scenario(seed: number): SlotFinderInput {
  const now = Date.UTC(2026, 1, 23, 8, 0);
  const rand = seededRandom(seed);
  const weeks = 8 + 3 * 4; // window plus the later occurrences
  return {
    now,
    organizerId: 'ava',
    windowStart: now,
    windowEnd: now + 56 * DAY,
    durationMinutes: 30,
    granularityMinutes: 15,
    cadenceWeeks: 4,
    occurrences: 3,
    people: [
      weekdayPerson('ava', 'GMT Standard Time', busyWeeks(rand, 'Europe/London', now, weeks, 40)),
      weekdayPerson(
        'ben',
        'Eastern Standard Time',
        busyWeeks(rand, 'America/New_York', now, weeks, 40),
        '08:00',
        '18:00',
      ),
    ],
  };
}

export default async function run(): Promise<void> {
  const inputs = [1, 2, 3, 4, 5].map(scenario);
  // First call in the process pays for Intl formatters and the per-zone offset tables.
  const t0 = performance.now();
  findSlots(inputs[0]!);
  const cold = performance.now() - t0;
  let i = 0;
  const engine = time(500, () => findSlots(inputs[i++ % inputs.length]!));
  let j = 0;
  const baseline = time(25, () => findSlotsBaseline(inputs[j++ % inputs.length]!));
  const found = inputs.map((x) => findSlots(x).slots.length).join('/');
  console.log(`slots: pair, 8-week window, 40 busy/week each, 15-min grid, 3 occurrences (slots found ${found})`);
  console.log(`slots engine:   median ${engine.median.toFixed(3)} ms, p95 ${engine.p95.toFixed(3)} ms per request`);
  console.log(`slots engine first call (cold zone cache): ${cold.toFixed(3)} ms`);
  console.log(`slots baseline: median ${baseline.median.toFixed(3)} ms, p95 ${baseline.p95.toFixed(3)} ms per request`);
  console.log(`slots speedup:  ${(baseline.median / engine.median).toFixed(1)}x (goal: engine < 1 ms, >= 10x)`);
}
