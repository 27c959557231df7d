import { useCallback, useState } from 'react';
import type { ApiProblem } from '../../api/api-client';
import { isQuietFailure, toApiProblem } from './to-api-problem';

/**
 * Runs a user action against the API: marks it busy, keeps the last problem for display, and runs
 * `after` (e.g. a refresh) whatever happened. Resolves to whether the work succeeded, so a caller
 * clears a draft only once the server has it.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const run = useCallback(
    async (work: () => Promise<unknown>, after?: () => Promise<unknown> | void): Promise<boolean> => {
      setBusy(true);
      setProblem(undefined);
      try {
        await work();
        return true;
      } catch (error) {
        if (!isQuietFailure(error)) setProblem(toApiProblem(error));
        return false;
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
