import { z } from 'zod';

// DEMO_THROTTLE syntax: "every=N" → every Nth Graph request is answered 429.

const ThrottleSpec = z
  .string()
  .regex(/^every=\d+$/, "expected 'every=N'")
  .transform((s) => Number(s.slice('every='.length)))
  .pipe(z.number().int().min(1));

export interface Throttle {
  /** True when this request must be throttled. */
  hit(): boolean;
}

export function parseThrottle(spec: string | undefined): Throttle {
  if (spec === undefined || spec.trim() === '') return { hit: () => false };
  const parsed = ThrottleSpec.safeParse(spec.trim());
  if (!parsed.success) throw new Error(`invalid throttle '${spec}': expected 'every=N' with N >= 1`);
  const every = parsed.data;
  let count = 0;
  return {
    hit: () => {
      count++;
      return count % every === 0;
    },
  };
}
