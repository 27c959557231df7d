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
    await list.patch(commitment, { status: done ? 'done' : 'open' });
    setPending(({ [commitment.id]: _settled, ...rest }) => rest);
  };

  return {
    ...list,
    /** Not dropped: what both see as open or done. */
    shown: list.items.filter((c) => c.status !== 'dropped'),
    isDone: (c: Commitment) => pending[c.id] ?? c.status === 'done',
    setDone: (c: Commitment, done: boolean) => void setDone(c, done),
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
