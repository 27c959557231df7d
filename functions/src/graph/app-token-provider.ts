import type { Clock } from '../ports/clock';
import type { GraphTokenProvider } from './graph-client-factory';

/** The app's own registration, for client-credential (app-only) Graph tokens. */
export interface AppCredentials {
  clientId: string;
  clientSecret: string;
  /** Entra's authority host; the token endpoint is `{host}/{tenantId}/oauth2/v2.0/token`. */
  authorityHost: string;
}

/**
 * App-only tokens per tenant (client credentials), cached until a minute before they expire. The
 * caller's `tenantId` picks the tenant; its token is never used.
 */
export function createAppTokenProvider(credentials: AppCredentials, clock: Clock): GraphTokenProvider {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  return {
    async tokenFor(caller) {
      const cached = cache.get(caller.tenantId);
      if (cached && cached.expiresAt > clock.now().getTime()) return cached.token;
      const host = credentials.authorityHost.replace(/\/+$/, '');
      const response = await fetch(`${host}/${encodeURIComponent(caller.tenantId)}/oauth2/v2.0/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      if (!response.ok) throw new Error(`App-only token refused (${response.status})`);
      const body = (await response.json()) as { access_token: string; expires_in: number };
      cache.set(caller.tenantId, {
        token: body.access_token,
        expiresAt: clock.now().getTime() + (body.expires_in - 60) * 1000,
      });
      return body.access_token;
    },
  };
}
