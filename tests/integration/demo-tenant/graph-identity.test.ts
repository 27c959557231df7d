/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { NOW, ava, graph, tenant, useDemoTenant } from './graph-fixture';

useDemoTenant();

describe('identity', () => {
  it('publishes OpenID configuration and a JWKS that match the issuer', async () => {
    const config = await (await fetch(`${tenant.issuer}/.well-known/openid-configuration`)).json();
    expect(config.issuer).toBe(tenant.issuer);
    expect(config.jwks_uri).toBe(tenant.jwksUri);
    const jwks = await (await fetch(tenant.jwksUri)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0].kid).toEqual(expect.any(String));
  });

  it('issues Entra v2-like tokens from POST /demo/token and rejects unknown users', async () => {
    const res = await fetch(`${tenant.url}/demo/token`, { method: 'POST', body: JSON.stringify({ user: ava.id }) });
    const body = await res.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({
      iss: tenant.issuer,
      aud: tenant.audience,
      oid: ava.id,
      sub: ava.id,
      tid: tenant.tenantId,
      preferred_username: ava.mail,
      scp: 'access_as_user',
      ver: '2.0',
    });
    expect(claims.exp - claims.iat).toBe(3600);
    const bad = await fetch(`${tenant.url}/demo/token`, {
      method: 'POST',
      body: JSON.stringify({ user: 'nobody@contoso.example' }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toEqual(expect.any(String));
  });

  it('answers 401 in Graph error format without a token, with an expired token and with a token from another key', async () => {
    const none = await graph('/me', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      innerError: { 'request-id': expect.any(String), date: expect.any(String) },
    });

    const expired = await tenant.issueToken(ava.mail, { expiresInSeconds: -120 });
    expect((await graph('/me', { token: expired })).status).toBe(401);

    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ oid: ava.id, tid: tenant.tenantId, scp: 'access_as_user', ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', kid: 'other' })
      .setIssuer(tenant.issuer)
      .setAudience(tenant.audience)
      .setSubject(ava.id)
      .setIssuedAt(Math.floor(NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(privateKey);
    const res = await graph('/me', { token: forged });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('serves a sign-in page grouped by department that redirects with a token, only to loopback', async () => {
    const page = await fetch(`${tenant.url}/signin?redirect_uri=${encodeURIComponent('http://localhost:5173/auth')}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<h1>');
    expect(html).toContain('<h2 id="dept-0">Customer Success</h2>');
    expect(html).toContain(ava.id);
    const post = await fetch(`${tenant.url}/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: ava.id, redirect_uri: 'http://localhost:5173/auth', state: 'xyz' }).toString(),
    });
    expect(post.status).toBe(302);
    const location = new URL(post.headers.get('location') ?? '');
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(location.origin + location.pathname).toBe('http://localhost:5173/auth');
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('state')).toBe('xyz');
    expect((await graph('/me', { token: fragment.get('access_token') })).body.id).toBe(ava.id);
    const evil = await fetch(`${tenant.url}/signin?redirect_uri=${encodeURIComponent('https://evil.example/cb')}`);
    expect(evil.status).toBe(400);
  });

  it('answers CORS preflight for Graph, but serves /demo/* only to its own origin', async () => {
    const res = await fetch(`${tenant.url}/v1.0/me`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const preflight = await fetch(`${tenant.url}/demo/token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const users = await fetch(`${tenant.url}/demo/users`, { headers: { origin: 'http://localhost:5173' } });
    expect(users.headers.get('access-control-allow-origin')).toBeNull();
    expect((await users.json()).length).toBe(tenant.data.users.length);
  });
});

describe('directory', () => {
  it('returns /me for the token user, with $select', async () => {
    const me = await graph('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: ava.id,
      mail: ava.mail,
      displayName: 'Ava Chen',
      department: expect.any(String),
      jobTitle: expect.any(String),
    });
    const sel = await graph('/me?$select=id,displayName');
    expect(
      Object.keys(sel.body)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['displayName', 'id']);
  });

  it('pages /users with $top and follows @odata.nextLink to every user once', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/users?$top=25&$select=id,mail';
    while (next) {
      const res = await graph(next);
      expect(res.status).toBe(200);
      seen.push(...res.body.value.map((u: { id: string }) => u.id));
      next = res.body['@odata.nextLink'];
    }
    expect(seen.sort()).toEqual(tenant.data.users.map((u) => u.id).sort());
  });

  it('filters /users by id in, mail eq, department eq and startswith', async () => {
    const [a, b] = tenant.data.users.slice(3, 5);
    const byIds = await graph(`/users?$filter=${encodeURIComponent(`id in ('${a!.id}','${b!.id}')`)}`);
    expect(byIds.body.value.map((u: { id: string }) => u.id).sort()).toEqual([a!.id, b!.id].sort());
    const byMail = await graph(`/users?$filter=${encodeURIComponent(`mail eq '${a!.mail.toUpperCase()}'`)}`);
    expect(byMail.body.value).toHaveLength(1);
    const sales = await graph(`/users?$filter=${encodeURIComponent("department eq 'Sales'")}`);
    expect(sales.body.value.length).toBe(tenant.data.users.filter((u) => u.department === 'Sales').length);
    const prefix = a!.displayName.slice(0, 2);
    const starts = await graph(`/users?$filter=${encodeURIComponent(`startswith(displayName,'${prefix}')`)}`);
    expect(starts.body.value.every((u: { displayName: string }) => u.displayName.startsWith(prefix))).toBe(true);
    const bad = await graph(`/users?$filter=${encodeURIComponent('jobTitle ne 1')}`);
    expect(bad.status).toBe(400);
  });

  it('finds users by id or mail and answers 404 for unknown ones', async () => {
    expect((await graph(`/users/${ava.mail}`)).body.id).toBe(ava.id);
    const missing = await graph('/users/nobody@contoso.example');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('links managers and direct reports, with 404 for someone without a manager', async () => {
    const report = tenant.data.users.find((u) => u.managerId === ava.id)!;
    expect((await graph(`/users/${report.id}/manager`)).body.id).toBe(ava.id);
    const reports = await graph('/me/directReports');
    expect(reports.body.value.map((u: { id: string }) => u.id)).toContain(report.id);
    const noManager = await graph('/me/manager');
    expect(noManager.status).toBe(404);
  });

  it('ranks /me/people by recent co-attendance with relevance scores', async () => {
    const res = await graph('/me/people?$top=5');
    expect(res.body.value).toHaveLength(5);
    const scores = res.body.value.map((p: any) => p.scoredEmailAddresses[0].relevanceScore);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    expect(res.body.value[0]).toMatchObject({
      id: expect.any(String),
      displayName: expect.any(String),
      department: expect.any(String),
      jobTitle: expect.any(String),
    });
    expect(res.body.value.map((p: any) => p.id)).not.toContain(ava.id);
  });
});
