import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeKind } from '../../live/change-signal';
import { useLiveResource } from '../../api/use-live-resource';
import type { MergeNotice } from '../problems/problem-messages';
import { hasProblemCode } from '../problems/to-api-problem';
import { useAction } from '../problems/use-action';
import { patchWithMerge, type PatchOutcome, type Versioned } from './patch-with-merge';
import { useChangeSignalSlot } from './change-signal-context';
import { refreshInterval } from './refresh-policy';

/**
 * A list both peers edit (agenda, commitments): kept fresh, every change followed by a re-read,
 * 412s merged with the user's change, failures shown once in the shared words. Under a change
 * signal (the side panel) it re-reads only when the signal names its kind, and names it after
 * each change of its own, so the other peer's panel re-reads then.
 */
export function useSharedList<L, I extends Versioned & P, P extends object>(options: {
  load: (signal: AbortSignal) => Promise<{ data: L; etag: string | null }>;
  items: (list: L | undefined) => I[];
  deps: unknown[];
  live: boolean;
  /** The change kind this list is announced and heard by ('agenda', 'commitments'). */
  kind: ChangeKind;
  send: (item: I, etag: string, patch: Partial<P>) => Promise<unknown>;
}) {
  const { load, items: pick, send, kind } = options;
  const slot = useChangeSignalSlot();
  const signalled = options.live && slot !== undefined;
  const signal = signalled ? slot.signal : undefined;
  const resource = useLiveResource(load, options.deps, refreshInterval(options.live, signalled));
  const { run, busy, problem } = useAction();
  const [notice, setNotice] = useState<MergeNotice>();

  // resource.refresh is a new function each render; the subscription holds the latest through a ref.
  const reread = useRef(resource.refresh);
  reread.current = resource.refresh;
  useEffect(
    () => signal?.subscribe((changed) => void (changed === kind ? reread.current() : undefined)),
    [signal, kind],
  );

  /** Re-reads, and tells the other peers' panels to re-read too (a failed send costs only latency). */
  const changed = useCallback(async () => {
    const told = signal?.publish(kind).catch((error: unknown) => console.warn('change signal not sent', error));
    await Promise.all([reread.current(), told]);
  }, [signal, kind]);
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
      }, changed),
    [run, load, pick, send, changed],
  );

  /** Runs a create (or any other call) and re-reads; resolves to whether it succeeded. */
  const create = useCallback((work: () => Promise<unknown>) => run(work, changed), [run, changed]);

  return {
    items: pick(resource.data),
    loaded: resource.data !== undefined,
    loadProblem: resource.problem,
    actionProblem: problem,
    busy,
    notice,
    refresh: resource.refresh,
    /** After a change made outside patch/create (an undo): re-read and tell the other panels. */
    changed,
    patch,
    create,
  };
}
