import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsRange,
  intersectIntervals,
  mergeIntervals,
  overlapsAny,
  subtractIntervals,
  type Interval,
} from '../../../shared/scheduling/intervals';

/** Small integer intervals, so a set of covered points is an exact model. */
const intervalArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([s, len]) => ({ start: s, end: s + len }));
const listArb = fc.array(intervalArb, { maxLength: 12 });

function points(list: readonly Interval[]): Set<number> {
  const out = new Set<number>();
  for (const i of list) for (let p = i.start; p < i.end; p++) out.add(p);
  return out;
}

function isMerged(list: readonly Interval[]): boolean {
  return list.every((i, k) => i.end > i.start && (k === 0 || list[k - 1]!.end < i.start));
}

describe('interval algebra', () => {
  it('merge joins overlapping and touching intervals and keeps the covered points', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 7 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 9 },
    ]);
    fc.assert(
      fc.property(listArb, (list) => {
        const merged = mergeIntervals(list);
        expect(isMerged(merged)).toBe(true);
        expect(points(merged)).toEqual(points(list));
      }),
    );
  });

  it('intersect and subtract match set intersection and difference', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const ma = mergeIntervals(a);
        const mb = mergeIntervals(b);
        const pa = points(ma);
        const pb = points(mb);
        const inter = intersectIntervals(ma, mb);
        const diff = subtractIntervals(ma, mb);
        expect(points(inter)).toEqual(new Set([...pa].filter((p) => pb.has(p))));
        expect(points(diff)).toEqual(new Set([...pa].filter((p) => !pb.has(p))));
        expect(isMerged(inter)).toBe(true);
        expect(isMerged(diff)).toBe(true);
      }),
    );
  });

  it('containsRange and overlapsAny agree with the covered points', () => {
    fc.assert(
      fc.property(listArb, fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 10 }), (list, s, len) => {
        const merged = mergeIntervals(list);
        const covered = points(merged);
        const range = Array.from({ length: len }, (_, k) => s + k);
        expect(containsRange(merged, s, s + len)).toBe(range.every((p) => covered.has(p)));
        expect(overlapsAny(merged, s, s + len)).toBe(range.some((p) => covered.has(p)));
      }),
    );
  });
});
