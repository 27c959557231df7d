const STORAGE_KEY = 'peer1on1s.demoToken';
/** Renew a little before expiry so a request never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

interface StoredToken {
  token: string;
  expiresAt: number;
}

/**
 * Demo sign-in for a plain browser: the demo tenant's page redirects back with
 * `#access_token=…&expires_in=…`; the token is kept for this tab's session only.
 */
export function demoToken(signInUrl: string): string {
  const fromRedirect = takeTokenFromHash();
  if (fromRedirect) return fromRedirect;
  const stored = readStored();
  if (stored && stored.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return stored.token;
  redirectToSignIn(signInUrl);
  throw new SignInRedirect();
}

export function signOutOfDemo(signInUrl: string): void {
  sessionStorage.removeItem(STORAGE_KEY);
  redirectToSignIn(signInUrl);
}

/** Thrown while the page navigates to the sign-in page; callers simply stop. */
export class SignInRedirect extends Error {
  constructor() {
    super('Redirecting to sign-in');
    this.name = 'SignInRedirect';
  }
}

function takeTokenFromHash(): string | undefined {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = hash.get('access_token');
  if (!token) return undefined;
  const expiresIn = Number(hash.get('expires_in') ?? '3600');
  const stored: StoredToken = { token, expiresAt: Date.now() + expiresIn * 1000 };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  // Keep the token out of the address bar and history; put back the deep link the sign-in interrupted.
  const state = hash.get('state');
  const restored = state && state.startsWith('#') ? state : '';
  window.history.replaceState(null, '', window.location.pathname + window.location.search + restored);
  if (restored) window.dispatchEvent(new HashChangeEvent('hashchange'));
  return token;
}

function readStored(): StoredToken | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredToken | null;
    return value && typeof value.token === 'string' && typeof value.expiresAt === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

function redirectToSignIn(signInUrl: string) {
  const back = window.location.origin + window.location.pathname + window.location.search;
  const state = window.location.hash.startsWith('#access_token') ? '' : window.location.hash;
  window.location.assign(
    `${signInUrl}?redirect_uri=${encodeURIComponent(back)}${state ? `&state=${encodeURIComponent(state)}` : ''}`,
  );
}
