import { describe, expect, it } from 'vitest';
import { collectPages, MAX_PAGES } from '../../../addin/src/api/all-pages';
import { takePage, type PageSpec } from '../../../shared/contracts/pagination';

const spec: PageSpec = { items: 'items', defaultSize: 4, maxSize: 10 };
const list = Array.from({ length: 11 }, (_, i) => ({ id: `item${i}`, text: `Topic ${i}` }));

describe('the add-in client follows the API cursors (pages cut by the server rule)', () => {
  it('joins every page into the whole list, in order, without the cursor', async () => {
    const calls: string[] = [];
    const first = { ...takePage(list, {}, spec), extra: 'kept' };
    const whole = await collectPages(spec, first, (cursor) => {
      calls.push(cursor);
      return Promise.resolve(takePage(list, { cursor }, spec) as unknown as Record<string, unknown>);
    });
    expect(whole.items).toEqual(list);
    expect(whole).not.toHaveProperty('nextCursor');
    expect(whole.extra).toBe('kept');
    expect(calls).toHaveLength(2);
  });

  it('stops after a bounded number of pages when a server keeps sending cursors', async () => {
    let calls = 0;
    const endless = { items: [list[0]], nextCursor: '1.item0' };
    const whole = await collectPages(spec, endless, () => {
      calls += 1;
      return Promise.resolve(endless);
    });
    expect(calls).toBe(MAX_PAGES - 1);
    expect(whole.items).toHaveLength(MAX_PAGES);
  });

  it('the server rule sends no cursor on the last page and refuses one it did not write', () => {
    expect(takePage(list.slice(0, 10), { limit: 10 }, spec).nextCursor).toBeUndefined();
    expect(takePage(list, { limit: 99 }, spec).items).toHaveLength(10);
    expect(() => takePage(list, { cursor: 'x' }, spec)).toThrow(/not valid/);
  });
});
