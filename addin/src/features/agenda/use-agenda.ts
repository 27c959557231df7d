import { useCallback } from 'react';
import type { AgendaItem } from '../../../../shared/relationships/relationship-schemas';
import { addAgendaItem, deleteAgendaItem, fetchAgenda, patchAgendaItem } from '../../api/relationships-api';
import { useSharedList } from '../shared/use-shared-list';
import { orderForMove } from '../../../../shared/relationships/agenda-rules';

type AgendaPatch = Pick<AgendaItem, 'discussed' | 'order' | 'text'>;

/** The shared agenda of a relationship: add, tick as discussed, reorder; the same on every surface. */
export function useAgenda(relationshipId: string, { live = false }: { live?: boolean } = {}) {
  const load = useCallback((signal: AbortSignal) => fetchAgenda(relationshipId, signal), [relationshipId]);
  const list = useSharedList<{ items: AgendaItem[] }, AgendaItem, AgendaPatch>({
    load,
    items: pickItems,
    deps: [relationshipId],
    live,
    kind: 'agenda',
    send: (item, etag, patch) => patchAgendaItem(relationshipId, item.id, etag, patch),
  });

  const move = (item: AgendaItem, direction: -1 | 1) => {
    const order = orderForMove(list.items, item.id, direction);
    if (order !== undefined) void list.patch(item, { order });
  };

  /** Puts a removed item back as it was: same text, place and tick (a new id; its own new ETag). */
  const restore = async (item: AgendaItem) => {
    const created = (await addAgendaItem(relationshipId, item.text)).data;
    if (created.order !== item.order || created.discussed !== item.discussed)
      await patchAgendaItem(relationshipId, created.id, created.etag, { order: item.order, discussed: item.discussed });
    await list.changed();
  };

  return {
    ...list,
    /** Removes the item at the version shown (its ETag); resolves to whether it went. */
    remove: (item: AgendaItem) => list.create(() => deleteAgendaItem(relationshipId, item.id, item.etag)),
    restore,
    add: (text: string) => list.create(() => addAgendaItem(relationshipId, text)),
    setDiscussed: (item: AgendaItem, discussed: boolean) => void list.patch(item, { discussed }),
    move,
  };
}

const pickItems = (list: { items: AgendaItem[] } | undefined) => list?.items ?? [];
