import { describe, expect, it } from 'vitest';
import { orderForMove } from '../../../addin/src/features/agenda/agenda-order';

describe('orderForMove', () => {
  const orders = [1, 2, 3, 4];
  it('moves up between the two items above', () => expect(orderForMove(orders, 2, -1)).toBe(1.5));
  it('moves down between the two items below', () => expect(orderForMove(orders, 1, 1)).toBe(3.5));
  it('moves past the first item to the top', () => expect(orderForMove(orders, 1, -1)).toBe(0));
  it('moves past the last item to the bottom', () => expect(orderForMove(orders, 2, 1)).toBe(5));
  it('cannot move beyond either end', () => {
    expect(orderForMove(orders, 0, -1)).toBeUndefined();
    expect(orderForMove(orders, 3, 1)).toBeUndefined();
  });
});
