import { ConfidentialClientApplication } from '@azure/msal-node';
import type { ApiConfig } from '../config/api-config';
import type { Clock } from '../ports/clock';
import type { GraphTokenProvider } from './graph-client-factory';
import { createAppOnlyTokenProvider } from './obo-token-provider';

/** Renew a little before expiry so no job call leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * App-only Graph tokens (client credentials) for background jobs, per tenant, never a user's
 * token. Against Entra through MSAL (which caches); against the demo tenant, whose authority is
 * plain http on loopback, the same form POST to `{authority}/{tid}/oauth2/v2.0/token`, cached here.
 * Null when no app credentials are configured.
 */
export function appOnlyGraphTokens(config: ApiConfig, clock: Clock): GraphTokenProvider | null {
  const app = config.graph.app;
  if (app === undefined) return null;
  const host = config.graph.authorityHost.replace(/\/+$/, '');
  if (config.graph.tokenMode === 'obo') {
    const client = new ConfidentialClientApplication({
      auth: { clientId: app.clientId, clientSecret: app.clientSecret, authority: `${host}/organizations` },
    });
    const forTenant = createAppOnlyTokenProvider({ client, authorityHost: host });
    return { tokenFor: (caller) => forTenant(caller.tenantId) };
  }
  const cache = new Map<string, { token: string; expiresAt: number }>();
  return {
    async tokenFor(caller) {
      const now = clock.now().getTime();
      const cached = cache.get(caller.tenantId);
      if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now) return cached.token;
      const response = await fetch(`${host}/${encodeURIComponent(caller.tenantId)}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.clientSecret,
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
      if (!response.ok || !body.access_token) {
        throw new Error(`App-only token refused (${response.status} ${body.error ?? ''})`);
      }
      cache.set(caller.tenantId, { token: body.access_token, expiresAt: now + (body.expires_in ?? 3599) * 1000 });
      return body.access_token;
    },
  };
}

/** The identity jobs act as: the app in a tenant (the token provider ignores the user fields). */
export const appCaller = (tenantId: string) => ({ tenantId, userId: 'app', token: '' });
