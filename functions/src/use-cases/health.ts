import { AppError } from '../../../shared/errors/app-error';
import type { HealthProbe } from '../ports/health-probe';

export interface HealthService {
  /** Resolves when every probe answers within the deadline; otherwise a 503 naming the first that did not. */
  check(): Promise<{ status: 'ok' }>;
}

/** Seconds a probe (or a load balancer) should wait before asking again after a 503. */
export const HEALTH_RETRY_AFTER_SECONDS = 5;

/**
 * Asks each dependency at once, each under the same deadline. A frozen dependency never answers, so
 * the deadline is a timer racing the probe (an abort signal alone relies on the SDK honouring it).
 */
export function createHealthService(options: { probes: HealthProbe[]; deadlineMs: number }): HealthService {
  return {
    async check() {
      const results = await Promise.all(options.probes.map((probe) => answersInTime(probe, options.deadlineMs)));
      const failing = options.probes.find((_, i) => !results[i]);
      if (failing) {
        throw new AppError('dependency-unavailable', `${failing.name} did not answer within ${options.deadlineMs} ms`, {
          dependency: failing.name,
          retryAfterSeconds: HEALTH_RETRY_AFTER_SECONDS,
          extra: { dependency: failing.name },
        });
      }
      return { status: 'ok' };
    },
  };
}

async function answersInTime(probe: HealthProbe, deadlineMs: number): Promise<boolean> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(false);
    }, deadlineMs);
  });
  try {
    return await Promise.race([probe.check(controller.signal).then(() => true as const), deadline]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
