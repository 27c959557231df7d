/**
 * Half-open `[start, end)` intervals on epoch milliseconds. Every function takes and returns
 * plain numbers so the slot search never builds date objects in its loops.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts a copy and joins overlapping or touching intervals; empty intervals are dropped. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const cur of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && cur.start <= last.end) {
      if (cur.end > last.end) last.end = cur.end;
    } else {
      out.push({ start: cur.start, end: cur.end });
    }
  }
  return out;
}

/** Intersection of two merged lists, by a two-pointer sweep. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = x.start > y.start ? x.start : y.start;
    const end = x.end < y.end ? x.end : y.end;
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** `a` minus `b`, both merged; the result is merged. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const x of a) {
    let cursor = x.start;
    // Skip cuts that end before this interval; they cannot touch later ones either.
    while (j < b.length && b[j]!.end <= cursor) j++;
    let k = j;
    while (k < b.length && b[k]!.start < x.end) {
      const cut = b[k]!;
      if (cut.start > cursor) out.push({ start: cursor, end: cut.start });
      if (cut.end > cursor) cursor = cut.end;
      if (cursor >= x.end) break;
      k++;
    }
    if (cursor < x.end) out.push({ start: cursor, end: x.end });
  }
  return out;
}

/** Widens each interval by `before`/`after` ms and merges (used for meeting buffers). */
export function widenIntervals(list: readonly Interval[], before: number, after: number): Interval[] {
  return mergeIntervals(list.map((i) => ({ start: i.start - before, end: i.end + after })));
}

/** Keeps the parts of a merged list inside `[from, to)`. */
export function clipIntervals(list: readonly Interval[], from: number, to: number): Interval[] {
  return intersectIntervals(list, to > from ? [{ start: from, end: to }] : []);
}

/** True when `[start, end)` lies wholly inside one interval of a merged list (binary search). */
export function containsRange(list: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cur = list[mid]!;
    if (cur.end < end) lo = mid + 1;
    else if (cur.start > start) hi = mid - 1;
    else return true;
  }
  return false;
}

/** True when `[start, end)` shares any time with an interval of a merged list. */
export function overlapsAny(list: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cur = list[mid]!;
    if (cur.end <= start) lo = mid + 1;
    else if (cur.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
