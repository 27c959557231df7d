import { describe, expect, it } from 'vitest';
import {
  applyAgendaPatch,
  countOpenAgendaItems,
  MAX_OPEN_AGENDA_ITEMS,
  newAgendaItem,
  orderForMove,
  sortAgenda,
} from '../../../shared/relationships/agenda-rules';

const members = ['ana', 'ben'] as const;
const item = (id: string, order: number, discussed = false) => ({ id, text: id, addedBy: 'ana', discussed, order });

describe('agenda rules', () => {
  it('orders by order, and equal orders by id, so both peers see one list', () => {
    const items = [item('b', 2), item('c', 1), item('a', 2)];
    expect(sortAgenda(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('a new item goes to the end: its order is the creation time', () => {
    const made = newAgendaItem('Career plans', {
      caller: 'ben',
      members,
      id: 'i1',
      nowMs: 1_764_590_400_000,
      openCount: 0,
    });
    expect(made).toEqual({
      ok: true,
      value: { id: 'i1', text: 'Career plans', addedBy: 'ben', discussed: false, order: 1_764_590_400_000 },
    });
  });

  it(`the ${MAX_OPEN_AGENDA_ITEMS + 1}st open item is refused; discussed items do not count`, () => {
    const ctx = { caller: 'ana', members, id: 'i', nowMs: 1 };
    expect(newAgendaItem('t', { ...ctx, openCount: MAX_OPEN_AGENDA_ITEMS })).toMatchObject({ code: 'limit-reached' });
    expect(countOpenAgendaItems([item('a', 1, true), item('b', 2)])).toBe(1);
  });

  it('either peer may reword, tick or move any item', () => {
    const next = applyAgendaPatch(item('a', 1), { text: 'New', discussed: true, order: 5 }, { caller: 'ben', members });
    expect(next.ok && next.value).toMatchObject({ text: 'New', discussed: true, order: 5 });
  });

  it('an outsider cannot touch the agenda, and a non-finite order is refused', () => {
    expect(applyAgendaPatch(item('a', 1), { discussed: true }, { caller: 'eve', members })).toMatchObject({
      code: 'forbidden',
    });
    expect(applyAgendaPatch(item('a', 1), { order: Number.NaN }, { caller: 'ana', members })).toMatchObject({
      code: 'invalid-input',
      field: 'order',
    });
  });

  it('moving an item up places it between its neighbour and the one beyond', () => {
    const items = [item('a', 10), item('b', 20), item('c', 30)];
    expect(orderForMove(items, 'c', -1)).toBe(15);
    const moved = sortAgenda(items.map((i) => (i.id === 'c' ? { ...i, order: 15 } : i)));
    expect(moved.map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });

  it('moving past the last neighbour steps one beyond it; the first item cannot go up', () => {
    const items = [item('a', 10), item('b', 20)];
    expect(orderForMove(items, 'b', -1)).toBe(9);
    expect(orderForMove(items, 'a', 1)).toBe(21);
    expect(orderForMove(items, 'a', -1)).toBeUndefined();
    expect(orderForMove(items, 'zz', 1)).toBeUndefined();
  });
});
