import { useCallback, useState } from 'react';
import type { Commitment } from '../../../../shared/relationships/relationship-schemas';
import { addCommitment, fetchCommitments, patchCommitment } from '../../api/relationships-api';
import { useSharedList } from '../shared/use-shared-list';

type CommitmentPatch = Pick<Commitment, 'status' | 'text' | 'dueDate'>;

export interface NewCommitment {
  text: string;
  owner: string;
  dueDate?: string | undefined;
}

/** Commitments both ways: tick done or reopen (shown at once, put back if the save fails), add new ones. */
export function useCommitments(relationshipId: string, { live = false }: { live?: boolean } = {}) {
  const load = useCallback((signal: AbortSignal) => fetchCommitments(relationshipId, signal), [relationshipId]);
  const list = useSharedList<{ commitments: Commitment[] }, Commitment, CommitmentPatch>({
    load,
    items: pickCommitments,
    deps: [relationshipId],
    live,
    kind: 'commitments',
    send: (item, etag, patch) =>
      patchCommitment(relationshipId, item.id, etag, {
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...('dueDate' in patch ? { dueDate: patch.dueDate ?? null } : {}),
      }),
  });
  // Ticks show at once; the re-read after the save (or its failure) settles them.
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const setDone = async (commitment: Commitment, done: boolean) => {
    setPending((p) => ({ ...p, [commitment.id]: done }));
    const saved = await list.patch(commitment, { status: done ? 'done' : 'open' });
    setPending(({ [commitment.id]: _settled, ...rest }) => rest);
    return saved;
  };

  /** Undo of a tick or reopen: the previous status, sent with the version the server has now. */
  const restoreStatus = async (commitment: Commitment) => {
    const fresh = (await fetchCommitments(relationshipId)).data.commitments.find((c) => c.id === commitment.id);
    if (!fresh) throw new Error('The commitment is gone');
    if (fresh.status !== commitment.status)
      await patchCommitment(relationshipId, fresh.id, fresh.etag, { status: commitment.status });
    await list.changed();
  };

  return {
    ...list,
    /** Not dropped: what both see as open or done. */
    shown: list.items.filter((c) => c.status !== 'dropped'),
    isDone: (c: Commitment) => pending[c.id] ?? c.status === 'done',
    /** Resolves to whether the server took it. */
    setDone,
    restoreStatus,
    add: (commitment: NewCommitment) =>
      list.create(() =>
        addCommitment(relationshipId, {
          text: commitment.text,
          owner: commitment.owner,
          ...(commitment.dueDate ? { dueDate: commitment.dueDate } : {}),
        }),
      ),
  };
}

const pickCommitments = (list: { commitments: Commitment[] } | undefined) => list?.commitments ?? [];
