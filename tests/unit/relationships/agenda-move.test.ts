import { describe, expect, it } from 'vitest';
import { orderForMove } from '../../../shared/relationships/agenda-rules';

// The arrows in every surface's agenda move one item a step; only the moved item gets a new order.
describe('moving an agenda item a step', () => {
  const items = [1, 2, 3, 4].map((order) => ({ id: `i${order}`, order }));
  it('moves up between the two items above', () => expect(orderForMove(items, 'i3', -1)).toBe(1.5));
  it('moves down between the two items below', () => expect(orderForMove(items, 'i2', 1)).toBe(3.5));
  it('moves past the first item to the top', () => expect(orderForMove(items, 'i2', -1)).toBe(0));
  it('moves past the last item to the bottom', () => expect(orderForMove(items, 'i3', 1)).toBe(5));
  it('cannot move beyond either end, nor an item that is not there', () => {
    expect(orderForMove(items, 'i1', -1)).toBeUndefined();
    expect(orderForMove(items, 'i4', 1)).toBeUndefined();
    expect(orderForMove(items, 'gone', 1)).toBeUndefined();
  });
  it('reads the list in agenda order whatever order it was given in', () =>
    expect(orderForMove([...items].reverse(), 'i3', -1)).toBe(1.5));
});
