import { describe, expect, it } from 'vitest';
import {
  clearUserDrafts,
  dropLegacyDraft,
  noteDraftKey,
  readDraft,
  settleDraft,
  writeDraft,
  type DraftStorage,
} from '../../../addin/src/features/notes/note-drafts';
import { tenantOfToken } from '../../../addin/src/features/notes/token-tenant';

function memoryStorage(): DraftStorage & { keys: () => string[] } {
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

const alice = { tenantId: 't1', userId: 'alice', relationshipId: 'r1', meetingId: 'm1' };
const bob = { ...alice, userId: 'bob' };

describe('private-note drafts in a shared browser', () => {
  it('keys drafts by tenant, user, relationship and meeting', () => {
    expect(noteDraftKey(alice)).toBe('peer1on1s.draft.t1.alice.note.r1.m1');
    expect(noteDraftKey({ ...alice, meetingId: undefined })).toBe('peer1on1s.draft.t1.alice.note.r1.relationship');
    expect(noteDraftKey({ ...alice, tenantId: 't2' })).not.toBe(noteDraftKey(alice));
  });

  it("never shows one user's draft to another user of the same browser", () => {
    const storage = memoryStorage();
    writeDraft(storage, alice, 'Alice typed this while offline');
    expect(readDraft(storage, bob)).toBeNull();
    expect(readDraft(storage, alice)).toBe('Alice typed this while offline');
  });

  it('keeps a newer draft when an older text is acknowledged', () => {
    const storage = memoryStorage();
    writeDraft(storage, alice, 'newer');
    settleDraft(storage, alice, 'older');
    expect(readDraft(storage, alice)).toBe('newer');
    settleDraft(storage, alice, 'newer');
    expect(readDraft(storage, alice)).toBeNull();
  });

  it("clears exactly one user's drafts (and unscoped legacy ones) at sign-out", () => {
    const storage = memoryStorage();
    writeDraft(storage, alice, 'a1');
    writeDraft(storage, { ...alice, meetingId: 'm2' }, 'a2');
    writeDraft(storage, bob, 'b1');
    storage.setItem('peer1on1s.note.r1.m1', 'legacy');
    storage.setItem('peer1on1s.demoToken', 'token');
    expect(clearUserDrafts(storage, 't1', 'alice')).toBe(3);
    expect(storage.keys().sort()).toEqual([noteDraftKey(bob), 'peer1on1s.demoToken'].sort());
  });

  it('drops the unscoped draft of a relationship instead of reading it', () => {
    const storage = memoryStorage();
    storage.setItem('peer1on1s.note.r1.m1', 'someone else');
    dropLegacyDraft(storage, 'r1', 'm1');
    expect(storage.length).toBe(0);
  });
});

describe('tenantOfToken', () => {
  const token = (payload: object) =>
    ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.');

  it('reads the tid claim of a JWT', () => {
    expect(tenantOfToken(token({ tid: '8f0c-…', oid: 'u' }))).toBe('8f0c-…');
  });

  it('answers undefined for a token without tid or one that is not a JWT', () => {
    expect(tenantOfToken(token({ oid: 'u' }))).toBeUndefined();
    expect(tenantOfToken('not-a-token')).toBeUndefined();
    expect(tenantOfToken('a.%%%.c')).toBeUndefined();
  });
});
