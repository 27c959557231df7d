/**
 * The Peer 1:1s mark, as geometry in a unit square: two speech bubbles facing each other, the second
 * overlapping the first with a gap around it. Every icon size and style is rendered from this.
 */
interface Bubble {
  cx: number;
  cy: number;
  r: number;
  /** Tail: a triangle from two points on the rim to a tip outside it. */
  tail: [[number, number], [number, number], [number, number]];
}

const first: Bubble = {
  cx: 0.4,
  cy: 0.4,
  r: 0.24,
  tail: [
    [0.24, 0.52],
    [0.36, 0.62],
    [0.16, 0.72],
  ],
};
const second: Bubble = {
  cx: 0.62,
  cy: 0.6,
  r: 0.22,
  tail: [
    [0.76, 0.7],
    [0.66, 0.8],
    [0.86, 0.88],
  ],
};
/** Width of the gap that separates the front bubble from the one behind it. */
const GAP = 0.045;

function inTriangle(x: number, y: number, [a, b, c]: Bubble['tail']): boolean {
  const sign = (p: [number, number], q: [number, number]) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = sign(a, b);
  const d2 = sign(b, c);
  const d3 = sign(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function inBubble(x: number, y: number, b: Bubble, grow = 0): boolean {
  return Math.hypot(x - b.cx, y - b.cy) <= b.r + grow || (grow === 0 && inTriangle(x, y, b.tail));
}

/** True where the mark is drawn, for a point in the unit square. */
export function markCovers(x: number, y: number): boolean {
  if (inBubble(x, y, second)) return true;
  if (inBubble(x, y, second, GAP)) return false;
  return inBubble(x, y, first);
}

/** The rounded square behind the colour icon. */
export function tileCovers(x: number, y: number, radius = 0.18): boolean {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

export const ACCENT: [number, number, number] = [0x4f, 0x52, 0xb2];
