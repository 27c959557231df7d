/**
 * Wraps a port so each method records when it was first called and last answered, and how often:
 * where a job's time goes, without touching the job.
 */
export interface PhaseTimer {
  wrap<T extends object>(name: string, port: T): T;
  /** `port.method: calls, from first call to last answer` lines, in order of first call. */
  lines(): string[];
  reset(): void;
}

export function createPhaseTimer(): PhaseTimer {
  const phases = new Map<string, { calls: number; first: number; last: number }>();
  let origin = performance.now();
  return {
    wrap(name, port) {
      return new Proxy(port, {
        get(target, key, receiver) {
          const value: unknown = Reflect.get(target, key, receiver);
          if (typeof value !== 'function') return value;
          const label = `${name}.${String(key)}`;
          return async (...args: unknown[]) => {
            const started = performance.now();
            try {
              return (await (value as (...a: unknown[]) => unknown).apply(target, args)) as unknown;
            } finally {
              const phase = phases.get(label) ?? { calls: 0, first: started, last: started };
              phase.calls += 1;
              phase.last = performance.now();
              phases.set(label, phase);
            }
          };
        },
      });
    },
    lines() {
      return [...phases]
        .sort(([, a], [, b]) => a.first - b.first)
        .map(
          ([label, p]) =>
            `${label} ×${p.calls}: ${((p.first - origin) / 1000).toFixed(1)}–${((p.last - origin) / 1000).toFixed(1)} s`,
        );
    },
    reset() {
      phases.clear();
      origin = performance.now();
    },
  };
}
