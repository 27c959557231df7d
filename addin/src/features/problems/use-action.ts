import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../../api/api-client';
import { autoRetryDelayMs, RetryingProblem } from './auto-retry';
import { isQuietFailure, toApiProblem } from './to-api-problem';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a user action against the API: marks it busy, keeps the last problem for display, and runs
 * `after` (e.g. a refresh) whatever happened. A busy service (503/429 with `Retry-After`) is
 * waited out and the same work re-sent, showing "retrying" meanwhile; what the user typed stays in
 * the form because the caller clears it only once this resolves to true (the server has it).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (work: () => Promise<unknown>, after?: () => Promise<unknown> | void): Promise<boolean> => {
      setBusy(true);
      setProblem(undefined);
      try {
        for (let attempt = 0; ; attempt += 1) {
          try {
            await work();
            setProblem(undefined);
            return true;
          } catch (error) {
            if (isQuietFailure(error)) return false;
            const failed = toApiProblem(error);
            const delay = autoRetryDelayMs(failed, attempt);
            if (delay === undefined || !mounted.current) {
              setProblem(failed);
              return false;
            }
            setProblem(new RetryingProblem(failed, delay / 1000));
            await wait(delay);
            if (!mounted.current) return false;
          }
        }
      } finally {
        setBusy(false);
        await after?.();
      }
    },
    [],
  );
  const clear = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, clear };
}
