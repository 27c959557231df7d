import { describe, expect, it } from 'vitest';
import { noteDraftKey, writeDraft, type DraftStorage } from '../../../addin/src/features/notes/note-drafts';
import { claimBrowser, releaseBrowser } from '../../../addin/src/host/browser-owner';

function memoryStorage(): DraftStorage & { keys(): string[] } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    keys: () => [...map.keys()],
  };
}

const a = { tenantId: 't1', userId: 'alice' };
const b = { tenantId: 't1', userId: 'bob' };

describe('who owns this browser’s drafts', () => {
  it('a different user signing in removes the previous user’s drafts, and only theirs', () => {
    const storage = memoryStorage();
    claimBrowser(storage, a);
    writeDraft(storage, { ...a, relationshipId: 'r1' }, 'A secret');
    writeDraft(storage, { ...b, relationshipId: 'r1' }, 'B text');
    claimBrowser(storage, a);
    expect(storage.getItem(noteDraftKey({ ...a, relationshipId: 'r1' }))).toBe('A secret');
    claimBrowser(storage, b);
    expect(storage.getItem(noteDraftKey({ ...a, relationshipId: 'r1' }))).toBeNull();
    expect(storage.getItem(noteDraftKey({ ...b, relationshipId: 'r1' }))).toBe('B text');
  });

  it('sign-out removes the user’s drafts and the owner record', () => {
    const storage = memoryStorage();
    claimBrowser(storage, b);
    writeDraft(storage, { ...b, relationshipId: 'r2', meetingId: 'm1' }, 'draft');
    releaseBrowser(storage, b);
    expect(storage.keys()).toEqual([]);
  });

  it('a same-named user in another tenant is someone else', () => {
    const storage = memoryStorage();
    claimBrowser(storage, a);
    writeDraft(storage, { ...a, relationshipId: 'r1' }, 'A secret');
    claimBrowser(storage, { tenantId: 't2', userId: 'alice' });
    expect(storage.getItem(noteDraftKey({ ...a, relationshipId: 'r1' }))).toBeNull();
  });
});
