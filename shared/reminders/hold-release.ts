/** A held reminder's release, as the due index keeps it. */
export interface HeldRelease {
  until: number;
}

/**
 * Where a relationship's due row goes when it changes: the rules' next check, but never after a
 * held reminder's release, or the hold would wait for the rules' next moment (a Saturday hold
 * used to wait a week after any change on Sunday).
 */
export function dueAtWithHolds(nextCheck: number, holds: Iterable<HeldRelease>): number {
  let at = nextCheck;
  for (const hold of holds) at = Math.min(at, hold.until);
  return at;
}
