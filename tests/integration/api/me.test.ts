import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/model/profile';
import { problemSchema } from '../../../shared/http/problem';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const someone = () => {
  const user = stack.tenant.data.users.find((u) => u.managerId);
  if (!user) throw new Error('seed has no managed users');
  return user;
};

async function expectUnauthorized(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = problemSchema.parse(await response.json());
  expect(problem.status).toBe(401);
  return problem;
}

describe('GET /api/me', () => {
  it('answers 401 problem+json without a token', async () => {
    const problem = await expectUnauthorized(await stack.api('/me'));
    expect(problem.detail).toMatch(/bearer token/i);
  });

  it('answers 401 for a token from another issuer', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const user = someone();
    const forged = await new SignJWT({ oid: user.id, tid: stack.tenant.tenantId, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer('https://login.example.org/forged/v2.0')
      .setAudience(stack.tenant.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectUnauthorized(await stack.api('/me', { token: forged }));
  });

  it('answers 401 for an expired demo token', async () => {
    const expired = await stack.tokenFor(someone().mail, { expiresInSeconds: -600 });
    const problem = await expectUnauthorized(await stack.api('/me', { token: expired }));
    expect(problem.detail).toMatch(/expired/);
  });

  it("returns the caller's profile, read from Graph, with a demo token", async () => {
    const user = someone();
    const response = await stack.api('/me', { token: await stack.tokenFor(user.mail) });
    expect(response.status).toBe(200);
    const profile = profileSchema.parse(await response.json());
    expect(profile).toMatchObject({
      id: user.id,
      displayName: user.displayName,
      mail: user.mail,
      department: user.department,
      jobTitle: user.jobTitle,
    });
    // Windows zone names from Graph come back as IANA names the browser can use.
    expect(profile.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+/);
  });

  it('reaches Graph through the demo tenant (the request is counted there)', async () => {
    await fetch(`${stack.tenant.url}/demo/stats/reset`, { method: 'POST' });
    await stack.api('/me', { token: await stack.tokenFor(someone().id) });
    const stats = (await (await fetch(`${stack.tenant.url}/demo/stats`)).json()) as { byRoute: Record<string, number> };
    expect(stats.byRoute['GET /me']).toBe(1);
  });

  it('answers 404 problem+json for an unknown route and 405 for a wrong method', async () => {
    const token = await stack.tokenFor(someone().id);
    const missing = await stack.api('/nothing-here', { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const wrongMethod = await stack.api('/me', { method: 'PUT', token });
    expect(wrongMethod.status).toBe(405);
  });
});
