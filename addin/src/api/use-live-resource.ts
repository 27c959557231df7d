import { useCallback, useEffect, useRef, useState } from 'react';
import { SignInRedirect } from '../host/demo-sign-in';
import { ApiProblem } from './api-client';

/**
 * A resource kept fresh while the page is visible: refetched every `intervalMs`, re-rendered only
 * when its ETag changes, so the peer's edits show up within seconds without a reload.
 */
export function useLiveResource<T>(
  load: (signal: AbortSignal) => Promise<{ data: T; etag: string | null }>,
  deps: unknown[],
  intervalMs = 3000,
) {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<ApiProblem>();
  const etag = useRef<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(async (signal?: AbortSignal) => {
    try {
      const result = await loadRef.current(signal ?? new AbortController().signal);
      setProblem(undefined);
      if (result.etag === null || result.etag !== etag.current) {
        etag.current = result.etag;
        setData(result.data);
      }
    } catch (error) {
      if (error instanceof SignInRedirect || (error as Error).name === 'AbortError') return;
      setProblem(error instanceof ApiProblem ? error : undefined);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    etag.current = null;
    setData(undefined);
    void refresh(controller.signal);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh(controller.signal);
    }, intervalMs);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh, intervalMs, ...deps]);

  return { data, problem, refresh: () => refresh() };
}
