import { transition } from '../../../shared/relationships/lifecycle';
import type { Lifecycle, LifecycleAction, Transition } from '../../../shared/relationships/lifecycle-types';

/** Scenario clock and steps shared by the life-cycle tests: Dec 1, noon UTC. */
export const dec1 = Date.parse('2026-12-01T12:00:00Z');
export const dec1Iso = new Date(dec1).toISOString();

/** One allowed transition (a refusal fails the test with its code and reason). */
export function step(current: Lifecycle | null, action: LifecycleAction, nowMs = dec1): Transition {
  const result = transition(current, action, nowMs);
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.reason}`);
  return result.value;
}
export const invited = () => step(null, { type: 'invite', by: 'ana', peer: 'ben', cadenceWeeks: 4 }).lifecycle;
export const active = () => step(invited(), { type: 'accept', by: 'ben' }).lifecycle;
export const booked = () =>
  step(active(), { type: 'schedule', by: 'ana', firstStart: '2026-12-03T10:00:00Z' }).lifecycle;
