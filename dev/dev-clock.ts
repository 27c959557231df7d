// A development clock that starts at a pinned instant and ticks in real time from there
// (DEV_NOW). The demo tenant and the functions dev host each build one from the same instant.

export type NowFn = () => Date;

export class DevClockError extends Error {}

/** Parses DEV_NOW: an ISO 8601 instant with a zone (`2026-12-07T08:30:00Z`, `…+01:00`). */
export function parseDevNow(text: string): number {
  const trimmed = text.trim();
  const ms = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new DevClockError(`DEV_NOW must be an ISO instant with a zone, e.g. 2026-12-07T08:30:00Z (got "${text}")`);
  return ms;
}

/**
 * `now()` answers `startIso` on the first call's origin and then moves with a monotonic timer, so
 * time passes normally (and never jumps with the machine's wall clock). Without `startIso`, the real clock.
 */
export function createDevClock(startIso?: string, monotonicMs: () => number = () => performance.now()): NowFn {
  if (startIso === undefined || startIso.trim() === '') return () => new Date();
  const startMs = parseDevNow(startIso);
  const origin = monotonicMs();
  return () => new Date(startMs + (monotonicMs() - origin));
}
