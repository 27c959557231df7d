import { clearUserDrafts, type DraftStorage } from '../features/notes/note-drafts';

/** Who last signed in on this browser; their drafts go when someone else signs in, or at sign-out. */
const OWNER_KEY = 'peer1on1s.signedInUser';

export interface BrowserOwner {
  tenantId: string;
  userId: string;
}

function readOwner(storage: DraftStorage): BrowserOwner | undefined {
  try {
    const value = JSON.parse(storage.getItem(OWNER_KEY) ?? 'null') as Partial<BrowserOwner> | null;
    return typeof value?.tenantId === 'string' && typeof value.userId === 'string'
      ? { tenantId: value.tenantId, userId: value.userId }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the signed-in user. When another user had this browser before, their local drafts are
 * removed first: the next person must never see (or save as their own) what someone else typed.
 */
export function claimBrowser(storage: DraftStorage, owner: BrowserOwner): void {
  const previous = readOwner(storage);
  if (previous && (previous.tenantId !== owner.tenantId || previous.userId !== owner.userId))
    clearUserDrafts(storage, previous.tenantId, previous.userId);
  storage.setItem(OWNER_KEY, JSON.stringify(owner));
}

/** At sign-out: the user's drafts go, and the browser has no owner any more. */
export function releaseBrowser(storage: DraftStorage, owner: BrowserOwner): void {
  clearUserDrafts(storage, owner.tenantId, owner.userId);
  const recorded = readOwner(storage);
  if (recorded && recorded.tenantId === owner.tenantId && recorded.userId === owner.userId)
    storage.removeItem(OWNER_KEY);
}
