import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { ApiConfig } from '../config/api-config';
import { problems } from '../http/http-problem';
import type { Caller } from './caller';

export type TokenValidator = (authorization: string | null) => Promise<Caller>;

const TENANT_PLACEHOLDER = /\{tenantid\}/gi;

/**
 * Validates bearer tokens the same way for the demo issuer and for Entra ID (v1 and v2):
 * signature from the issuer's JWKS, issuer, audience, expiry, scope, and an allowed tenant.
 * Every failure is a 401; the reason goes in the problem's detail, never the token.
 */
export function createTokenValidator(auth: ApiConfig['auth']): TokenValidator {
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keySetFor = (tenantId: string) => {
    const uri = auth.jwksUri.replace(TENANT_PLACEHOLDER, tenantId);
    let keySet = keySets.get(uri);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(uri), { cooldownDuration: 30_000, cacheMaxAge: 3_600_000 });
      keySets.set(uri, keySet);
    }
    return keySet;
  };

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw problems.unauthorized('A bearer token is required.');
    const token = match[1];

    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw problems.unauthorized('The token is malformed.');
    }
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid : '';
    if (!/^[0-9a-f-]{36}$/i.test(tenantId)) throw problems.unauthorized('The token has no tenant.');
    if (auth.allowedTenants !== '*' && !auth.allowedTenants.includes(tenantId)) {
      throw problems.unauthorized('This tenant is not allowed to use the app.');
    }
    const issuers = auth.issuers.map((issuer) => issuer.replace(TENANT_PLACEHOLDER, tenantId));

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySetFor(tenantId), {
        issuer: issuers,
        audience: auth.audiences,
        algorithms: ['RS256'],
        clockTolerance: 30,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      throw problems.unauthorized(describeJoseError(error));
    }

    const userId = typeof payload.oid === 'string' ? payload.oid : undefined;
    if (!userId) throw problems.unauthorized('The token identifies no user (oid).');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(auth.requiredScope)) {
      throw problems.unauthorized(`The token lacks the ${auth.requiredScope} scope.`);
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
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'The token is not valid yet.';
    return `The token's ${error.claim} claim is not accepted.`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token was signed by an unknown key.';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token algorithm is not allowed.';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError) {
    return 'The token could not be validated.';
  }
  return 'The token could not be validated.';
}
