import { useEffect, useState } from 'react';
import type { HostContext } from '../host/host-context';
import type { ChangeSignal } from '../live/change-signal';
import { SHARED_LIST_KINDS, sharedListChanges } from '../live/list-changes';
import { openChangeSignal } from '../live/open-change-signal';

/**
 * The side panel's change signal for one relationship: Live Share in a Teams meeting, else
 * conditional polling of the shared lists that stops when the meeting is over. Closed on unmount.
 */
export function usePanelSignal(host: HostContext, relationshipId: string, endsAt: number | undefined) {
  const [signal, setSignal] = useState<ChangeSignal>();
  useEffect(() => {
    let gone = false;
    let opened: ChangeSignal | undefined;
    void openChangeSignal(host, {
      kinds: SHARED_LIST_KINDS,
      fetch: sharedListChanges(relationshipId),
      ...(endsAt !== undefined ? { endsAt } : {}),
    }).then((next) => {
      if (gone) return next.close();
      opened = next;
      setSignal(next);
    });
    return () => {
      gone = true;
      opened?.close();
      setSignal(undefined);
    };
  }, [host, relationshipId, endsAt]);
  return signal;
}
