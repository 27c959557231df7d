import { loadAppConfig } from './app-config';
import { releaseBrowser, type BrowserOwner } from './browser-owner';
import { signOutOfDemo } from './demo-sign-in';
import { naaSignOut } from './naa-token';

/**
 * Signs the person out of whatever signed them in, after clearing their local drafts. The demo
 * issuer navigates to its sign-in page; with MSAL (nested app auth) the cached accounts and tokens
 * are dropped. Teams SSO has no sign-out of its own: the page shows that the person signed out.
 */
export async function signOut(owner: BrowserOwner): Promise<'redirecting' | 'signed-out'> {
  releaseBrowser(localStorage, owner);
  const config = await loadAppConfig();
  if (config.auth.mode === 'demo') {
    signOutOfDemo(config.auth.signInUrl);
    return 'redirecting';
  }
  await naaSignOut();
  return 'signed-out';
}
