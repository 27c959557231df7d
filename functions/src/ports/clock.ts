/** The only place the backend reads the time, so tests and jobs can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
