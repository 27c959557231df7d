import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, UnsecuredJWT, exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenValidator, type TokenValidator } from '../../../functions/src/auth/token-validator';
import { AppError } from '../../../shared/errors/app-error';
import { statusOfCode } from '../../../shared/contracts/problem-statuses';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = '0000aaaa-bbbb-cccc-dddd-eeeeffff0000';
const ISSUERS = ['https://login.microsoftonline.com/{tenantid}/v2.0'];
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

/** A stand-in for Entra's JWKS endpoint that counts reads; only TENANT has keys. */
let jwksServer: Server;
let jwksUri: string;
let reads: string[] = [];
let signingKey: CryptoKey;
let publicPem: string;
let strangerKey: CryptoKey;
let now = T0;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = stranger.privateKey;
  publicPem = await exportSPKI(pair.publicKey);
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((req, res) => {
    reads.push(req.url ?? '');
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys: req.url?.includes(TENANT) ? [jwk] : [] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUri = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/{tenantid}/discovery/v2.0/keys`;
});
afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));
beforeEach(() => {
  reads = [];
  now = T0;
});

function validator(allowedTenants: string[] | '*', maxNewKeySetsPerMinute = 20): TokenValidator {
  return createTokenValidator(
    { issuers: ISSUERS, jwksUri, audiences: [CLIENT_ID], allowedTenants, requiredScope: 'access_as_user' },
    { now: () => now, jwks: { maxNewKeySetsPerMinute, maxKeySets: 50 } },
  );
}

interface Shape {
  tid?: string;
  iss?: string;
  aud?: string;
  iat?: number;
  exp?: number;
  kid?: string;
  key?: CryptoKey;
}
const seconds = () => Math.floor(now / 1000);

function sign(shape: Shape = {}): Promise<string> {
  const tid = shape.tid ?? TENANT;
  const iat = shape.iat ?? seconds() - 60;
  return new SignJWT({ oid: 'user-1', tid, scp: 'access_as_user' })
    .setProtectedHeader({ alg: 'RS256', kid: shape.kid ?? 'key-1' })
    .setIssuer(shape.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(shape.aud ?? CLIENT_ID)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(shape.exp ?? iat + 3600)
    .sign(shape.key ?? signingKey);
}

async function outcome(validate: TokenValidator, token: string): Promise<{ status: number; detail?: string }> {
  try {
    await validate(`Bearer ${token}`);
    return { status: 200 };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: statusOfCode(error.code), detail: error.message };
  }
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const matrix: Array<{ name: string; token: () => Promise<string>; status: number; detail: RegExp }> = [
  { name: 'a valid token', token: () => sign(), status: 200, detail: /^$/ },
  {
    name: 'forged (signed by another key under our kid)',
    token: () => sign({ key: strangerKey }),
    status: 401,
    detail: /signature/,
  },
  {
    name: 'tampered payload (oid changed after signing)',
    token: async () => {
      const [header, payload, signature] = (await sign()).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      return [header, b64({ ...claims, oid: 'someone-else' }), signature].join('.');
    },
    status: 401,
    detail: /signature/,
  },
  {
    name: 'alg none',
    token: async () =>
      new UnsecuredJWT({ oid: 'user-1', tid: TENANT, scp: 'access_as_user' })
        .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
        .setAudience(CLIENT_ID)
        .setIssuedAt(seconds())
        .setExpirationTime(seconds() + 3600)
        .encode(),
    status: 401,
    detail: /algorithm|not be validated/,
  },
  {
    name: 'HS256 keyed with the public key',
    token: () =>
      new SignJWT({ oid: 'user-1', tid: TENANT, scp: 'access_as_user' })
        .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
        .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
        .setAudience(CLIENT_ID)
        .setIssuedAt(seconds())
        .setExpirationTime(seconds() + 3600)
        .sign(new TextEncoder().encode(publicPem)),
    status: 401,
    detail: /algorithm/,
  },
  { name: 'unknown kid', token: () => sign({ kid: 'rotated-away' }), status: 401, detail: /unknown key/ },
  {
    name: 'expired',
    token: () => sign({ iat: seconds() - 7200, exp: seconds() - 600 }),
    status: 401,
    detail: /expired/,
  },
  {
    name: 'expired 10 s ago, inside the 30 s clock tolerance',
    token: () => sign({ iat: seconds() - 3600, exp: seconds() - 10 }),
    status: 401,
    detail: /expired/,
  },
  {
    name: 'issued 20 s in the future (skew inside tolerance) is still accepted',
    token: () => sign({ iat: seconds() + 20 }),
    status: 200,
    detail: /^$/,
  },
  {
    name: 'lifetime over 24 h',
    token: () => sign({ exp: seconds() + 25 * 3600 }),
    status: 401,
    detail: /longer than allowed/,
  },
  {
    name: 'lifetime of exactly 24 h is accepted',
    token: () => sign({ exp: seconds() - 60 + 24 * 3600 }),
    status: 200,
    detail: /^$/,
  },
  { name: 'wrong audience', token: () => sign({ aud: 'api://someone-else' }), status: 401, detail: /aud/ },
  { name: 'wrong issuer', token: () => sign({ iss: 'https://evil.example/v2.0' }), status: 401, detail: /iss/ },
];

describe('token matrix (tenant allow-list)', () => {
  it.each(matrix)('$name → $status', async ({ token, status, detail }) => {
    const result = await outcome(validator([TENANT]), await token());
    expect(result.status).toBe(status);
    expect(result.detail ?? '').toMatch(detail);
  });
});

describe('token matrix (* tenant mode)', () => {
  it.each(['common', '../../evil', `${TENANT}/../x`, '11111111222233334444555555555555', ''])(
    'a tid of %j is refused before any key set is read',
    async (tid) => {
      const validate = validator('*');
      const result = await outcome(validate, await sign({ tid, iss: 'https://login.microsoftonline.com/x/v2.0' }));
      expect(result).toMatchObject({ status: 401, detail: expect.stringMatching(/tenant/) });
      expect(reads).toEqual([]);
    },
  );

  it('300 tokens with random tids cause at most the per-minute budget of key-set reads', async () => {
    const validate = validator('*', 20);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i += 1) {
      const { status } = await outcome(validate, await sign({ tid: randomUUID() }));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(reads).toHaveLength(20);
    expect(statuses.get(401)).toBe(20);
    expect(statuses.get(503)).toBe(280);
    // Our own tenant is refused as well while the budget is spent, and admitted a minute later.
    expect((await outcome(validate, await sign())).status).toBe(503);
    now += 61_000;
    expect((await outcome(validate, await sign())).status).toBe(200);
  });

  it('a tenant without keys is remembered (negative cache) instead of read on every token', async () => {
    const validate = validator('*');
    const stranger = randomUUID();
    for (let i = 0; i < 5; i += 1) expect((await outcome(validate, await sign({ tid: stranger }))).status).toBe(401);
    expect(reads).toHaveLength(1);
    now += 6 * 60_000;
    await outcome(validate, await sign({ tid: stranger }));
    expect(reads).toHaveLength(2);
  });
});

describe('key refresh', () => {
  it('an unknown kid re-reads the key set at most once a minute', async () => {
    const validate = validator([TENANT]);
    expect((await outcome(validate, await sign())).status).toBe(200);
    for (let i = 0; i < 10; i += 1) await outcome(validate, await sign({ kid: `new-${i}` }));
    expect(reads).toHaveLength(1);
    now += 61_000;
    expect((await outcome(validate, await sign({ kid: 'new-x' }))).status).toBe(401);
    expect(reads).toHaveLength(2);
    expect((await outcome(validate, await sign())).status).toBe(200);
    expect(reads).toHaveLength(2);
  });

  it('keys are re-read once they are an hour old', async () => {
    const validate = validator([TENANT]);
    await outcome(validate, await sign());
    now += 30 * 60_000;
    await outcome(validate, await sign());
    expect(reads).toHaveLength(1);
    now += 31 * 60_000;
    expect((await outcome(validate, await sign())).status).toBe(200);
    expect(reads).toHaveLength(2);
  });
});
