import type { IPublicClientApplication } from '@azure/msal-browser';

let client: Promise<IPublicClientApplication | null> | undefined;

/**
 * Nested app authentication: the host (Teams, Outlook, Microsoft 365) brokers the sign-in for the
 * add-in. Only used where the host recommends it; MSAL is loaded on demand so the demo path skips it.
 */
export async function naaToken(auth: {
  clientId: string;
  apiScope: string;
  authority: string;
}): Promise<string | null> {
  client ??= createClient(auth);
  const pca = await client;
  if (!pca) return null;
  const request = { scopes: [auth.apiScope] };
  const msal = await import('@azure/msal-browser');
  try {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    const result = await pca.acquireTokenSilent({ ...request, ...(account ? { account } : {}) });
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
    const result = await pca.acquireTokenPopup(request);
    pca.setActiveAccount(result.account);
    return result.accessToken;
  }
}

async function createClient(auth: { clientId: string; authority: string }): Promise<IPublicClientApplication | null> {
  if (!(await naaSupported())) return null;
  const msal = await import('@azure/msal-browser');
  return msal.createNestablePublicClientApplication({ auth: { clientId: auth.clientId, authority: auth.authority } });
}

/** Teams says so through teams-js; Outlook through the NestedAppAuth 1.1 requirement set. */
async function naaSupported(): Promise<boolean> {
  try {
    const { nestedAppAuth } = await import('@microsoft/teams-js');
    if (nestedAppAuth.isNAAChannelRecommended()) return true;
  } catch {
    // teams-js not initialised (plain browser or Office host without Teams).
  }
  const office = (globalThis as { Office?: typeof Office }).Office;
  return Boolean(office?.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'));
}

/** Forgets the accounts and tokens MSAL cached for this add-in (nothing to do if NAA never ran). */
export async function naaSignOut(): Promise<void> {
  const pca = await client;
  client = undefined;
  if (pca) await pca.clearCache();
}
