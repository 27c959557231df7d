import {
  SignJWT,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  createLocalJWKSet,
  calculateJwkThumbprint,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { TenantUser } from './tenant-schema';

// The demo tenant as an OpenID issuer: one RS256 key per run, Entra v2-like access tokens.

export const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];
export const DEFAULT_TOKEN_SECONDS = 3600;
/** Entra's app-only tokens live a little under an hour. */
export const APP_TOKEN_SECONDS = 3599;

export interface AppTokenSubject {
  clientId: string;
  /** The service principal's object id in this tenant. */
  objectId: string;
  roles: readonly string[];
}

export interface Issuer {
  issuer: string;
  jwksUri: string;
  audience: string;
  jwks: { keys: JWK[] };
  openIdConfiguration(): Record<string, unknown>;
  issueToken(user: TenantUser, expiresInSeconds?: number): Promise<string>;
  /** An app-only Graph token (client credentials): `roles`, `idtyp: app`, no `scp`. */
  issueAppToken(app: AppTokenSubject): Promise<string>;
  /** Verifies signature, issuer, audience and lifetime; throws with a readable message otherwise. */
  verify(token: string): Promise<JWTPayload>;
}

export async function createIssuer(opts: {
  baseUrl: string;
  tenantId: string;
  audience: string;
  now: () => Date;
}): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwk: JWK = { ...publicJwk, kid, use: 'sig', alg: 'RS256' };
  const jwks = { keys: [jwk] };
  const keySet = createLocalJWKSet(jwks);
  const issuer = `${opts.baseUrl}/${opts.tenantId}/v2.0`;
  const jwksUri = `${opts.baseUrl}/${opts.tenantId}/discovery/v2.0/keys`;

  return {
    issuer,
    jwksUri,
    audience: opts.audience,
    jwks,
    openIdConfiguration: () => ({
      issuer,
      jwks_uri: jwksUri,
      token_endpoint: `${opts.baseUrl}/${opts.tenantId}/oauth2/v2.0/token`,
      authorization_endpoint: `${opts.baseUrl}/signin`,
      response_types_supported: ['token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['access_as_user'],
      tenant_region_scope: 'demo',
    }),
    async issueToken(user, expiresInSeconds = DEFAULT_TOKEN_SECONDS) {
      const iat = Math.floor(opts.now().getTime() / 1000);
      return new SignJWT({
        oid: user.id,
        tid: opts.tenantId,
        name: user.displayName,
        preferred_username: user.mail,
        scp: 'access_as_user',
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(opts.audience)
        .setSubject(user.id)
        .setIssuedAt(iat)
        .setNotBefore(Math.min(iat, iat + expiresInSeconds))
        .setExpirationTime(iat + expiresInSeconds)
        .sign(privateKey);
    },
    async issueAppToken(app) {
      const iat = Math.floor(opts.now().getTime() / 1000);
      return new SignJWT({
        oid: app.objectId,
        tid: opts.tenantId,
        azp: app.clientId,
        azpacr: '1',
        idtyp: 'app',
        roles: [...app.roles],
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience('https://graph.microsoft.com')
        .setSubject(app.objectId)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + APP_TOKEN_SECONDS)
        .sign(privateKey);
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, keySet, {
        issuer,
        audience: [opts.audience, ...GRAPH_AUDIENCES],
        algorithms: ['RS256'],
        currentDate: opts.now(),
      });
      return payload;
    },
  };
}
