import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '../../../shared/http/problem';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const someone = () => stack.tenant.data.users.find((u) => u.managerId)!;

/** Over HTTP against the real stack: the dev host, the demo issuer and its Graph. */
describe('token expiry and lifetime over HTTP', () => {
  it('a token that expired 10 s ago (inside the clock tolerance) answers 401, not 403 consent', async () => {
    const token = await stack.tokenFor(someone().id, { expiresInSeconds: -10 });
    const response = await stack.api('/me', { token });
    expect(response.status).toBe(401);
    const problem = problemSchema.parse(await response.json());
    expect(problem.type).toBe(problemTypes.unauthorized);
    expect(problem.detail).toMatch(/expired/);
    expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('a token minted for 31 million years answers 401', async () => {
    const token = await stack.tokenFor(someone().id, { expiresInSeconds: 1_000_000_000_000 });
    const response = await stack.api('/me', { token });
    expect(response.status).toBe(401);
    expect(problemSchema.parse(await response.json()).detail).toMatch(/longer than allowed/);
  });

  it('a fresh one-hour token still works', async () => {
    const token = await stack.tokenFor(someone().id, { expiresInSeconds: 3600 });
    expect((await stack.api('/me', { token })).status).toBe(200);
  });
});
