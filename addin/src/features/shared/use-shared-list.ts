import { useCallback, useState } from 'react';
import { useLiveResource } from '../../api/use-live-resource';
import type { MergeNotice } from '../problems/problem-messages';
import { hasProblemCode } from '../problems/to-api-problem';
import { useAction } from '../problems/use-action';
import { patchWithMerge, type PatchOutcome, type Versioned } from './patch-with-merge';
import { refreshInterval } from './refresh-policy';

/**
 * A list both peers edit (agenda, commitments): kept fresh, every change followed by a re-read,
 * 412s merged with the user's change, failures shown once in the shared words.
 */
export function useSharedList<L, I extends Versioned & P, P extends object>(options: {
  load: (signal: AbortSignal) => Promise<{ data: L; etag: string | null }>;
  items: (list: L | undefined) => I[];
  deps: unknown[];
  live: boolean;
  send: (item: I, etag: string, patch: Partial<P>) => Promise<unknown>;
}) {
  const { load, items: pick, send } = options;
  const resource = useLiveResource(load, options.deps, refreshInterval(options.live));
  const { run, busy, problem } = useAction();
  const [notice, setNotice] = useState<MergeNotice>();

  const refresh = resource.refresh;
  const patch = useCallback(
    (item: I, change: Partial<P>) =>
      run(async () => {
        setNotice(undefined);
        const outcome: PatchOutcome = await patchWithMerge<I, P>(item, change, {
          send: (etag, body) => send(item, etag, body),
          reload: async () => pick((await load(new AbortController().signal)).data).find((i) => i.id === item.id),
          isStale: (error) => hasProblemCode(error, 'precondition-failed'),
        });
        if (outcome.notice) setNotice(outcome.notice);
      }, refresh),
    [run, load, pick, send, refresh],
  );

  /** Runs a create (or any other call) and re-reads; resolves to whether it succeeded. */
  const create = useCallback((work: () => Promise<unknown>) => run(work, refresh), [run, refresh]);

  return {
    items: pick(resource.data),
    loaded: resource.data !== undefined,
    loadProblem: resource.problem,
    actionProblem: problem,
    busy,
    notice,
    refresh,
    patch,
    create,
  };
}
