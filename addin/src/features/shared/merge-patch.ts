/**
 * Re-applies a user's edit on top of a version someone else saved meanwhile (after a 412), field by
 * field: a field the other side left alone takes the user's value; one they already set to the
 * same value needs nothing; one they changed differently keeps their value and is reported, so the
 * user sees it instead of silently overwriting it.
 */
export interface PatchMerge<P> {
  /** What still has to be sent against the current version (empty: nothing left to do). */
  resend: Partial<P>;
  /** Fields both sides changed to different values; the other side's value is kept. */
  conflicts: (keyof P)[];
}

export function mergePatch<P extends object>(base: P, current: P, patch: Partial<P>): PatchMerge<P> {
  const resend: Partial<P> = {};
  const conflicts: (keyof P)[] = [];
  for (const key of Object.keys(patch) as (keyof P)[]) {
    const mine = patch[key];
    if (same(current[key], mine)) continue;
    if (same(current[key], base[key])) resend[key] = mine;
    else conflicts.push(key);
  }
  return { resend, conflicts };
}

/** Whether there is anything in a merged patch to send. */
export const hasChanges = (patch: object): boolean => Object.keys(patch).length > 0;

// Patch values are primitives or null; absent and null both mean "no value".
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
