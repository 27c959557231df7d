/**
 * The order value that moves one agenda item a step up (-1) or down (+1): halfway between its
 * neighbour and the item beyond, so only the moved item changes. Undefined at either end.
 */
export function orderForMove(orders: readonly number[], index: number, direction: -1 | 1): number | undefined {
  const neighbour = orders[index + direction];
  if (neighbour === undefined || orders[index] === undefined) return undefined;
  const beyond = orders[index + 2 * direction];
  return beyond === undefined ? neighbour + direction : (neighbour + beyond) / 2;
}
