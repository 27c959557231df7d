import type { MergeNotice } from '../problems/problem-messages';
import { hasChanges, mergePatch } from './merge-patch';

export interface Versioned {
  id: string;
  etag: string;
}

export interface PatchPorts<I extends Versioned, P extends object> {
  /** Sends the patch against a version; rejects with the API's problem. */
  send: (etag: string, patch: Partial<P>) => Promise<unknown>;
  /** Reads the item as it is now (after a 412), or undefined when it is gone. */
  reload: () => Promise<I | undefined>;
  /** Whether a rejection is a stale version (412). */
  isStale: (error: unknown) => boolean;
}

/** How a patch ended: saved (maybe after merging), or a notice about what the other side did. */
export type PatchOutcome = { saved: true; notice?: MergeNotice } | { saved: false; notice: MergeNotice };

/**
 * Sends a user's change to a shared item; when someone changed the item first (412), re-applies
 * the change to their version once (see mergePatch) instead of failing. Other failures reject.
 */
export async function patchWithMerge<I extends Versioned & P, P extends object>(
  item: I,
  patch: Partial<P>,
  ports: PatchPorts<I, P>,
): Promise<PatchOutcome> {
  try {
    await ports.send(item.etag, patch);
    return { saved: true };
  } catch (error) {
    if (!ports.isStale(error)) throw error;
  }
  const current = await ports.reload();
  if (!current) return { saved: false, notice: 'gone' };
  const { resend, conflicts } = mergePatch<P>(item, current, patch);
  if (hasChanges(resend)) await ports.send(current.etag, resend);
  return conflicts.length > 0 ? { saved: true, notice: 'theirsKept' } : { saved: true };
}
