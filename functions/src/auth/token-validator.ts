import { decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { ApiConfig } from '../config/api-config';
import { AppError } from '../../../shared/errors/app-error';
import type { Caller } from './caller';
import { createJwksCache, KeyLookupError, type JwksCacheOptions } from './jwks-cache';

export type TokenValidator = (authorization: string | null) => Promise<Caller>;

export interface TokenValidatorOptions {
  /** Epoch milliseconds; injected so tests can move time. */
  now?: () => number;
  /** Longest accepted `exp - iat`, in seconds (Entra issues 60–90 minutes; 24 h is generous). */
  maxLifetimeSeconds?: number;
  /** Skew allowed on `nbf` and `iat` only: an expired token is never accepted (see below). */
  clockToleranceSeconds?: number;
  jwks?: JwksCacheOptions;
}

const TENANT_PLACEHOLDER = /\{tenantid\}/gi;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

/**
 * Validates bearer tokens the same way for the demo issuer and for Entra ID (v1 and v2):
 * signature from the issuer's JWKS (bounded cache), issuer, audience, expiry, lifetime, scope,
 * and an allowed tenant. Every failure is a 401 (503 only while the new-issuer budget is spent);
 * the reason goes in the problem's detail, never the token.
 */
export function createTokenValidator(auth: ApiConfig['auth'], options: TokenValidatorOptions = {}): TokenValidator {
  const now = options.now ?? Date.now;
  const maxLifetime = options.maxLifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  const tolerance = options.clockToleranceSeconds ?? 30;
  const jwks = createJwksCache({ now, ...options.jwks });

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw unauthenticated('A bearer token is required.');
    const token = match[1];

    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw unauthenticated('The token is malformed.');
    }
    // The tid picks the key set to fetch before the signature is checked, so only GUIDs pass.
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid : '';
    if (!GUID.test(tenantId)) throw unauthenticated('The token has no valid tenant (tid).');
    const allowed = auth.allowedTenants;
    if (allowed !== '*' && !allowed.some((t) => t.toLowerCase() === tenantId.toLowerCase())) {
      throw unauthenticated('This tenant is not allowed to use the app.');
    }
    const issuers = auth.issuers.map((issuer) => issuer.replace(TENANT_PLACEHOLDER, tenantId));
    const jwksUri = auth.jwksUri.replace(TENANT_PLACEHOLDER, tenantId);

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, (header) => jwks.keyFor(jwksUri, header), {
        issuer: issuers,
        audience: auth.audiences,
        algorithms: ['RS256'],
        clockTolerance: tolerance,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      if (error instanceof KeyLookupError && error.reason === 'busy') {
        throw new AppError('dependency-unavailable', 'Too many new tenants are signing in; try again shortly.', {
          retryAfterSeconds: 60,
          dependency: 'identity',
        });
      }
      throw unauthenticated(describeJoseError(error));
    }

    // The tolerance exists for clock skew at issue time (nbf, iat). A token past its exp is
    // refused outright: Graph (and Entra's OBO) refuse it too, and a 401 makes the client renew
    // it, where accepting it here turned into a misleading 403 "consent required" downstream.
    const exp = payload.exp ?? 0;
    const iat = payload.iat ?? 0;
    if (exp * 1000 <= now()) throw unauthenticated('The token has expired.');
    if (exp - iat > maxLifetime) throw unauthenticated('The token lives longer than allowed.');

    const userId = typeof payload.oid === 'string' ? payload.oid : undefined;
    if (!userId) throw unauthenticated('The token identifies no user (oid).');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(auth.requiredScope)) {
      throw unauthenticated(`The token lacks the ${auth.requiredScope} scope.`);
    }
    return {
      tenantId,
      userId,
      token,
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(typeof payload.preferred_username === 'string' ? { username: payload.preferred_username } : {}),
    };
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof KeyLookupError) return error.message;
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'The token is not valid yet.';
    return `The token's ${error.claim} claim is not accepted.`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token algorithm is not allowed.';
  return 'The token could not be validated.';
}

const unauthenticated = (reason: string) => new AppError('unauthenticated', reason);
