import { ACCENT, markCovers, tileCovers } from './icon-source';

const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

/**
 * Renders the mark at `size` pixels: `color` is the white mark on the accent tile (Teams' colour
 * icon), `outline` the white mark on transparent (Teams' outline icon).
 */
export function renderIcon(size: number, style: 'color' | 'outline'): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  // The outline icon fills its box; the colour icon leaves a margin inside the tile.
  const inset = style === 'color' ? 0.16 : 0.02;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let mark = 0;
      let tile = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const mx = (x - inset) / (1 - 2 * inset);
          const my = (y - inset) / (1 - 2 * inset);
          if (mx >= 0 && mx <= 1 && my >= 0 && my <= 1 && markCovers(mx, my)) mark += 1;
          if (tileCovers(x, y)) tile += 1;
        }
      }
      const m = mark / (SAMPLES * SAMPLES);
      const t = style === 'color' ? tile / (SAMPLES * SAMPLES) : 0;
      const i = (py * size + px) * 4;
      if (style === 'outline') {
        pixels.set([255, 255, 255, Math.round(m * 255)], i);
      } else {
        // White mark over the accent tile; outside the tile's rounded corners stays transparent.
        const alpha = Math.max(t, m);
        const blend = (accent: number) =>
          alpha === 0 ? 0 : Math.round((accent * (t - Math.min(t, m)) + 255 * m) / alpha);
        pixels.set([blend(ACCENT[0]), blend(ACCENT[1]), blend(ACCENT[2]), Math.round(alpha * 255)], i);
      }
    }
  }
  return pixels;
}
