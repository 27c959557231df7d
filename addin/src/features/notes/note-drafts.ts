/**
 * Unsaved private-note text kept in this browser until the server has it. Keys carry the tenant and
 * the user as well as the relationship and meeting, so people sharing a browser never see (or
 * save) each other's drafts, and one user's drafts can be cleared at sign-out.
 */
export interface DraftScope {
  tenantId: string;
  userId: string;
  relationshipId: string;
  meetingId?: string | undefined;
}

/** The part of Web Storage the drafts use, so tests can pass a map. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'peer1on1s.draft';
/** The key before drafts were scoped to a user; read never, removed on sight. */
const LEGACY_PREFIX = 'peer1on1s.note.';

const part = (value: string) => encodeURIComponent(value);

export const userDraftPrefix = (tenantId: string, userId: string) => `${PREFIX}.${part(tenantId)}.${part(userId)}.`;

export const noteDraftKey = (scope: DraftScope) =>
  `${userDraftPrefix(scope.tenantId, scope.userId)}note.${part(scope.relationshipId)}.${part(scope.meetingId ?? 'relationship')}`;

export function readDraft(storage: DraftStorage, scope: DraftScope): string | null {
  return storage.getItem(noteDraftKey(scope));
}

export function writeDraft(storage: DraftStorage, scope: DraftScope, text: string): void {
  storage.setItem(noteDraftKey(scope), text);
}

/** Drops the draft once the server holds exactly this text (a newer draft typed meanwhile stays). */
export function settleDraft(storage: DraftStorage, scope: DraftScope, savedText: string): void {
  if (storage.getItem(noteDraftKey(scope)) === savedText) storage.removeItem(noteDraftKey(scope));
}

export function discardDraft(storage: DraftStorage, scope: DraftScope): void {
  storage.removeItem(noteDraftKey(scope));
}

/** Removes every draft of one user, and any unscoped legacy draft (for sign-out and user switches). */
export function clearUserDrafts(storage: DraftStorage, tenantId: string, userId: string): number {
  const prefix = userDraftPrefix(tenantId, userId);
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key && (key.startsWith(prefix) || key.startsWith(LEGACY_PREFIX))) doomed.push(key);
  }
  doomed.forEach((key) => storage.removeItem(key));
  return doomed.length;
}

/** Unscoped drafts from before may belong to anyone who used this browser: never show them. */
export function dropLegacyDraft(storage: DraftStorage, relationshipId: string, meetingId?: string): void {
  storage.removeItem(`${LEGACY_PREFIX}${relationshipId}.${meetingId ?? 'relationship'}`);
}
