/** FNV-1a, 32-bit: spreads keys over shards the same way on every instance. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** `YYYYMMDDHH` (UTC) of an instant: the due index's time bucket. */
export function hourBucket(instant: number): string {
  return new Date(instant).toISOString().slice(0, 13).replace(/[-T]/g, '');
}
