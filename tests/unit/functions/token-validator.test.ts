import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenValidator, type TokenValidator } from '../../../functions/src/auth/token-validator';
import { AppError } from '../../../shared/errors/app-error';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const AUDIENCE = 'api://app.example/0000aaaa-bbbb-cccc-dddd-eeeeffff0000';
const CLIENT_ID = '0000aaaa-bbbb-cccc-dddd-eeeeffff0000';

/** Keys generated here pose as Entra's: a local JWKS endpoint serves the public half. */
let jwksServer: Server;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let validate: TokenValidator;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = stranger.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'entra-key-1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys: req.url?.includes(TENANT) || req.url?.includes(OTHER_TENANT) ? [jwk] : [] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  validate = createTokenValidator({
    issuers: ['https://login.microsoftonline.com/{tenantid}/v2.0', 'https://sts.windows.net/{tenantid}/'],
    jwksUri: `http://127.0.0.1:${port}/{tenantid}/discovery/v2.0/keys`,
    audiences: [AUDIENCE, CLIENT_ID],
    allowedTenants: [TENANT],
    requiredScope: 'access_as_user',
  });
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

interface TokenShape {
  iss?: string;
  aud?: string;
  tid?: string;
  scp?: string;
  exp?: number;
  nbf?: number;
  key?: CryptoKey;
  kid?: string;
}

async function token(shape: TokenShape = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const tid = shape.tid ?? TENANT;
  return new SignJWT({ oid: 'user-oid-1', tid, scp: shape.scp ?? 'access_as_user', name: 'Ava Chen' })
    .setProtectedHeader({ alg: 'RS256', kid: shape.kid ?? 'entra-key-1' })
    .setIssuer(shape.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(shape.aud ?? CLIENT_ID)
    .setIssuedAt(now - 60)
    .setNotBefore(shape.nbf ?? now - 60)
    .setExpirationTime(shape.exp ?? now + 3600)
    .sign(shape.key ?? signingKey);
}

async function rejection(bearer: string): Promise<AppError> {
  const error = await validate(`Bearer ${bearer}`).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('unauthenticated');
  return error as AppError;
}

describe('token validator', () => {
  it('accepts a v2 token for the configured audience and reads tenant and user from it', async () => {
    const caller = await validate(`Bearer ${await token()}`);
    expect(caller).toMatchObject({ tenantId: TENANT, userId: 'user-oid-1', name: 'Ava Chen' });
  });

  it('accepts a v1 token (sts.windows.net issuer, api:// audience)', async () => {
    const v1 = await token({ iss: `https://sts.windows.net/${TENANT}/`, aud: AUDIENCE });
    await expect(validate(`Bearer ${v1}`)).resolves.toMatchObject({ userId: 'user-oid-1' });
  });

  it('rejects a missing or malformed Authorization header', async () => {
    await expect(validate(null)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(validate('Basic abc')).rejects.toMatchObject({ code: 'unauthenticated' });
    await rejection('not-a-jwt');
  });

  it('rejects the wrong audience', async () => {
    expect((await rejection(await token({ aud: 'api://someone-else' }))).message).toMatch(/aud/);
  });

  it('rejects the wrong issuer, including another tenant’s issuer for this tid', async () => {
    await rejection(await token({ iss: 'https://evil.example/v2.0' }));
    await rejection(await token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }));
  });

  it('rejects expired and not-yet-valid tokens', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await rejection(await token({ exp: now - 600 }))).message).toMatch(/expired/);
    expect((await rejection(await token({ nbf: now + 600, exp: now + 3600 }))).message).toMatch(/not valid yet/);
  });

  it('rejects alg "none"', async () => {
    const unsigned = new UnsecuredJWT({ oid: 'user-oid-1', tid: TENANT, scp: 'access_as_user' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime('1h')
      .encode();
    await rejection(unsigned);
  });

  it('rejects a token signed by an unknown key', async () => {
    await rejection(await token({ key: strangerKey }));
    await rejection(await token({ key: strangerKey, kid: 'unknown-kid' }));
  });

  it('rejects a tenant that is not allowed', async () => {
    expect((await rejection(await token({ tid: OTHER_TENANT }))).message).toMatch(/tenant/);
  });

  it('rejects a token without the access_as_user scope', async () => {
    await rejection(await token({ scp: 'User.Read' }));
  });
});

describe('API configuration', () => {
  it('requires the API app’s credentials when Graph is reached on behalf of users', async () => {
    const { apiConfigFromEnv } = await import('../../../functions/src/config/api-config');
    const base = {
      AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      AUTH_JWKS_URI: 'https://login.microsoftonline.com/{tenantid}/discovery/v2.0/keys',
      AUTH_AUDIENCES: CLIENT_ID,
    };
    expect(() => apiConfigFromEnv({ ...base, GRAPH_TOKEN_MODE: 'obo' })).toThrow(
      /GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET/,
    );
    const config = apiConfigFromEnv({ ...base, GRAPH_CLIENT_ID: CLIENT_ID, GRAPH_CLIENT_SECRET: 's3cret' });
    expect(config.graph).toMatchObject({
      tokenMode: 'obo',
      baseUrl: 'https://graph.microsoft.com',
      clientId: CLIENT_ID,
    });
    expect(config.auth.allowedTenants).toBe('*');
    expect(() => apiConfigFromEnv({ ...base, AUTH_JWKS_URI: 'not a url' })).toThrow(/AUTH_JWKS_URI/);
  });
});
