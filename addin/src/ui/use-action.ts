import { useCallback, useState } from 'react';
import { ApiProblem } from '../api/api-client';

/**
 * Runs a user action against the API: marks it busy, keeps the last problem for display, and runs
 * `after` (e.g. a refresh) whatever happened. One place for what every button handler needs.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const run = useCallback(async (work: () => Promise<unknown>, after?: () => Promise<unknown> | void) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      setProblem(
        error instanceof ApiProblem
          ? error
          : new ApiProblem({
              type: 'about:blank',
              title: 'Something went wrong',
              status: 0,
              detail: (error as Error).message,
            }),
      );
    } finally {
      setBusy(false);
      await after?.();
    }
  }, []);
  return { busy, problem, run };
}
