import { ok, refuse, type Outcome } from '../errors/app-error';
import { isMember, type Members } from './member-rules';
import type { AgendaItem } from './relationship-schemas';

/** An agenda item as stored (the API adds its etag). */
export type AgendaRecord = Omit<AgendaItem, 'etag'>;

/** Open (not yet discussed) agenda items one relationship may hold. */
export const MAX_OPEN_AGENDA_ITEMS = 200;

export interface AgendaPatch {
  text?: string | undefined;
  discussed?: boolean | undefined;
  order?: number | undefined;
}

/** Agenda order: by `order`, ties by id so both peers see the same list. */
export function compareAgendaItems(a: Pick<AgendaRecord, 'order' | 'id'>, b: Pick<AgendaRecord, 'order' | 'id'>) {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortAgenda<T extends Pick<AgendaRecord, 'order' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort(compareAgendaItems);
}

/** An item still to talk about: it counts towards the cap until it is discussed. */
export const isOpenAgendaItem = (item: Pick<AgendaRecord, 'discussed'>) => !item.discussed;

export function countOpenAgendaItems(items: readonly Pick<AgendaRecord, 'discussed'>[]): number {
  return items.filter(isOpenAgendaItem).length;
}

/** How a change moves the open count: +1 reopened, -1 discussed, 0 otherwise. */
export function openAgendaDelta(before: Pick<AgendaRecord, 'discussed'>, after: Pick<AgendaRecord, 'discussed'>) {
  return Number(isOpenAgendaItem(after)) - Number(isOpenAgendaItem(before));
}

/**
 * A new item at the end. Its order is the creation time, so concurrent adds never contend for a
 * shared counter.
 */
export function newAgendaItem(
  text: string,
  context: { caller: string; members: Members; id: string; nowMs: number; openCount: number },
): Outcome<AgendaRecord> {
  if (!isMember(context.caller, context.members))
    return refuse('forbidden', 'Only the two peers can add to the agenda');
  if (context.openCount >= MAX_OPEN_AGENDA_ITEMS) {
    return refuse('limit-reached', `At most ${MAX_OPEN_AGENDA_ITEMS} open agenda items`, 'text');
  }
  return ok({ id: context.id, text, addedBy: context.caller, discussed: false, order: context.nowMs });
}

/** Either peer may reword, tick or move any item. */
export function applyAgendaPatch<T extends AgendaRecord>(
  current: T,
  patch: AgendaPatch,
  context: { caller: string; members: Members },
): Outcome<T> {
  if (!isMember(context.caller, context.members))
    return refuse('forbidden', 'Only the two peers can change the agenda');
  if (patch.order !== undefined && !Number.isFinite(patch.order))
    return refuse('invalid-input', 'Not a number', 'order');
  const next: T = { ...current };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.discussed !== undefined) next.discussed = patch.discussed;
  if (patch.order !== undefined) next.order = patch.order;
  return ok(next);
}

/**
 * The `order` that moves one item a step up (-1) or down (+1): halfway between its neighbour
 * and the item beyond, so only the moved item changes. Undefined when it cannot move that way.
 */
export function orderForMove(
  items: readonly Pick<AgendaRecord, 'order' | 'id'>[],
  itemId: string,
  direction: -1 | 1,
): number | undefined {
  const sorted = sortAgenda(items);
  const index = sorted.findIndex((i) => i.id === itemId);
  if (index < 0) return undefined;
  const neighbour = sorted[index + direction];
  if (!neighbour) return undefined;
  const beyond = sorted[index + 2 * direction];
  return beyond ? (neighbour.order + beyond.order) / 2 : neighbour.order + direction;
}
