import { useCallback, useEffect, useState } from 'react';
import { SignInRedirect } from '../host/demo-sign-in';
import { ApiProblem } from './api-client';

export type Resource<T> =
  { state: 'loading' } | { state: 'error'; problem: ApiProblem } | { state: 'ready'; data: T; etag: string | null };

/** Loads one API resource with loading / error / ready states and a retry. */
export function useApiResource<T>(
  load: (signal: AbortSignal) => Promise<{ data: T; etag: string | null }>,
  deps: unknown[],
) {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal).then(
      (result) => !controller.signal.aborted && setResource({ state: 'ready', ...result }),
      (error: unknown) => {
        if (controller.signal.aborted || error instanceof SignInRedirect) return;
        const problem =
          error instanceof ApiProblem
            ? error
            : new ApiProblem({
                type: 'about:blank',
                title: 'Unexpected error',
                status: 0,
                detail: String((error as Error).message ?? error),
              });
        setResource({ state: 'error', problem });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, ...deps]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { resource, retry, setResource };
}
