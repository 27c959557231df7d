import { useState } from 'react';
import type { PatchRelationship, RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import { fetchRelationship, patchRelationship } from '../../api/relationships-api';
import type { MergeNotice } from '../problems/problem-messages';
import { hasProblemCode } from '../problems/to-api-problem';
import { useAction } from '../problems/use-action';
import { hasChanges, mergePatch } from '../shared/merge-patch';

type Patchable = Required<{ [K in keyof PatchRelationship]: unknown }>;

/**
 * Saves a change to an existing relationship's settings. When the peer changed it first (412),
 * reads their version and re-applies this change on top where they left the field alone.
 */
export function useSavedSettings({
  relationship,
  etag,
  onSaved,
}: {
  relationship: RelationshipDetail;
  etag: string;
  onSaved: (relationship: RelationshipDetail, etag: string) => void;
}) {
  const { busy, problem, run } = useAction();
  const [notice, setNotice] = useState<MergeNotice>();

  const save = (patch: PatchRelationship) =>
    run(async () => {
      setNotice(undefined);
      try {
        const saved = await patchRelationship(relationship.id, etag, patch);
        onSaved(saved.data, saved.etag ?? '');
        return;
      } catch (error) {
        if (!hasProblemCode(error, 'precondition-failed')) throw error;
      }
      const current = await fetchRelationship(relationship.id);
      const { resend, conflicts } = mergePatch<Patchable>(
        asPatchable(relationship),
        asPatchable(current.data),
        patch as Partial<Patchable>,
      );
      if (conflicts.length > 0) setNotice('theirsKept');
      if (!hasChanges(resend)) return onSaved(current.data, current.etag ?? '');
      const saved = await patchRelationship(relationship.id, current.etag ?? '', resend as PatchRelationship);
      onSaved(saved.data, saved.etag ?? '');
    });

  return { save, busy, problem, notice };
}

/** The relationship's values under the patch's field names. */
function asPatchable(r: RelationshipDetail): Patchable {
  return {
    goal: r.goal,
    goalNote: r.goalNote ?? null,
    cadenceWeeks: r.cadenceWeeks,
    format: r.format,
    pausedUntil: r.pausedUntil ?? null,
    status: r.status,
  };
}
