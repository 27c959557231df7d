import { describe, expect, it } from 'vitest';
import { patchWithMerge } from '../../../addin/src/features/shared/patch-with-merge';

interface Item {
  id: string;
  etag: string;
  discussed: boolean;
  order: number;
}

class Stale extends Error {}

/** A one-item server with ETags, like the API: a stale tag is refused. */
function server(initial: Item) {
  let item: Item | undefined = { ...initial };
  let version = 1;
  const sent: { etag: string; patch: Partial<Item> }[] = [];
  return {
    sent,
    edit: (patch: Partial<Item>) => {
      version += 1;
      item = { ...item!, ...patch, etag: `"${version}"` };
    },
    remove: () => (item = undefined),
    ports: {
      send: async (etag: string, patch: Partial<Item>) => {
        sent.push({ etag, patch });
        if (!item || etag !== item.etag) throw new Stale();
        version += 1;
        item = { ...item, ...patch, etag: `"${version}"` };
      },
      reload: async () => item && { ...item },
      isStale: (error: unknown) => error instanceof Stale,
    },
    get current() {
      return item;
    },
  };
}

const seen: Item = { id: 'a', etag: '"1"', discussed: false, order: 1 };

describe('patchWithMerge', () => {
  it('saves at once when nobody changed the item', async () => {
    const api = server(seen);
    expect(await patchWithMerge(seen, { discussed: true }, api.ports)).toEqual({ saved: true });
    expect(api.current?.discussed).toBe(true);
    expect(api.sent).toHaveLength(1);
  });

  it('re-applies my change to the version the peer saved first, without an error', async () => {
    const api = server(seen);
    api.edit({ order: 5 });
    expect(await patchWithMerge(seen, { discussed: true }, api.ports)).toEqual({ saved: true });
    expect(api.current).toMatchObject({ discussed: true, order: 5 });
    expect(api.sent.map((s) => s.etag)).toEqual(['"1"', '"2"']);
  });

  it('keeps the peer’s value and says so when both moved the item', async () => {
    const api = server(seen);
    api.edit({ order: 5 });
    expect(await patchWithMerge(seen, { order: 0.5 }, api.ports)).toEqual({ saved: true, notice: 'theirsKept' });
    expect(api.current?.order).toBe(5);
    expect(api.sent).toHaveLength(1);
  });

  it('reports an item the peer removed meanwhile', async () => {
    const api = server(seen);
    api.remove();
    expect(await patchWithMerge(seen, { discussed: true }, api.ports)).toEqual({ saved: false, notice: 'gone' });
  });

  it('passes other failures on', async () => {
    const failing = { ...server(seen).ports, send: async () => Promise.reject(new Error('offline')) };
    await expect(patchWithMerge(seen, { discussed: true }, failing)).rejects.toThrow('offline');
  });
});
