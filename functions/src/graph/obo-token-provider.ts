import type { AuthenticationResult } from '@azure/msal-node';
import type { Caller } from '../auth/caller';
import { AppError } from '../../../shared/errors/app-error';
import type { Clock } from '../ports/clock';
import type { GraphTokenProvider } from './graph-client-factory';

/** The part of MSAL's ConfidentialClientApplication this provider needs (a port, so tests can stand in). */
export interface OnBehalfOfClient {
  acquireTokenOnBehalfOf(request: {
    oboAssertion: string;
    scopes: string[];
    authority?: string;
  }): Promise<AuthenticationResult | null>;
}
export interface ClientCredentialClient {
  acquireTokenByClientCredential(request: {
    scopes: string[];
    authority?: string;
  }): Promise<AuthenticationResult | null>;
}

const GRAPH_SCOPES = ['https://graph.microsoft.com/.default'];
/** Renew a little before expiry so no Graph call leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * Graph tokens on behalf of the signed-in user (OBO), cached per tenant and user until shortly
 * before they expire. A consent or interaction error becomes a typed problem the add-in can act on.
 */
export function createOboTokenProvider(deps: {
  client: OnBehalfOfClient;
  clock: Clock;
  authorityHost?: string;
}): GraphTokenProvider & { cacheSize(): number } {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  // Parallel Graph calls for one request share one exchange instead of racing to Entra.
  const inFlight = new Map<string, Promise<string>>();
  const host = (deps.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  return {
    async tokenFor(caller: Caller) {
      const key = `${caller.tenantId}:${caller.userId}`;
      const now = deps.clock.now().getTime();
      const cached = cache.get(key);
      if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now) return cached.token;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const exchange = (async () => {
        let result: AuthenticationResult | null;
        try {
          result = await deps.client.acquireTokenOnBehalfOf({
            oboAssertion: caller.token,
            scopes: GRAPH_SCOPES,
            authority: `${host}/${caller.tenantId}`,
          });
        } catch (error) {
          throw consentProblemFrom(error) ?? error;
        }
        if (!result?.accessToken) throw new Error('The identity platform returned no Graph token.');
        cache.set(key, { token: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? now + 3_600_000 });
        return result.accessToken;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, exchange);
      return exchange;
    },
    cacheSize: () => cache.size,
  };
}

/** App-only Graph tokens for background jobs (nudges, pairing rounds), per tenant. */
export function createAppOnlyTokenProvider(deps: { client: ClientCredentialClient; authorityHost?: string }) {
  const host = (deps.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  return async (tenantId: string): Promise<string> => {
    const result = await deps.client.acquireTokenByClientCredential({
      scopes: GRAPH_SCOPES,
      authority: `${host}/${tenantId}`,
    });
    if (!result?.accessToken) throw new Error('The identity platform returned no app token.');
    return result.accessToken;
  };
}

const CONSENT_CODES = new Set(['interaction_required', 'consent_required', 'invalid_grant', 'login_required']);

function consentProblemFrom(error: unknown): AppError | undefined {
  const e = error as { errorCode?: string; errorMessage?: string; claims?: string; subError?: string };
  // An expired or not-yet-valid assertion is also `invalid_grant`, but consent cannot fix it: 401.
  if (/AADSTS500133|AADSTS700024/.test(e.errorMessage ?? '')) {
    return new AppError('unauthenticated', 'The token has expired.');
  }
  const needsConsent =
    CONSENT_CODES.has(e.errorCode ?? '') || /AADSTS65001|AADSTS50076|AADSTS50079/.test(e.errorMessage ?? '');
  if (!needsConsent) return undefined;
  return new AppError(
    'consent-required',
    'Peer 1:1s needs your consent to read your calendar and colleagues from Microsoft 365.',
    { extra: { ...(e.claims ? { claims: e.claims } : {}), scopes: GRAPH_SCOPES } },
    { cause: error },
  );
}
