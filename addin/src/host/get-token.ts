import { loadAppConfig } from './app-config';
import { demoToken } from './demo-sign-in';
import { detectHost } from './host-context';
import { naaToken } from './naa-token';

/**
 * The one way the add-in gets an API token: the demo issuer in a plain browser; in Teams, Outlook
 * and Microsoft 365, nested app authentication where the host supports it, else Teams SSO.
 */
export async function getToken(): Promise<string> {
  const [config, host] = await Promise.all([loadAppConfig(), detectHost()]);
  if (config.auth.mode === 'demo') return demoToken(config.auth.signInUrl);
  if (host.kind === 'browser') throw new Error('Open Peer 1:1s from Teams or Outlook to sign in.');
  const naa = await naaToken(config.auth);
  if (naa) return naa;
  const { authentication } = await import('@microsoft/teams-js');
  return authentication.getAuthToken();
}
