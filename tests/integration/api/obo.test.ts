import type { AuthenticationResult } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphDirectory } from '../../../functions/src/adapters/graph-directory';
import { createGraphClientFactory } from '../../../functions/src/graph/graph-client-factory';
import { createOboTokenProvider, type OnBehalfOfClient } from '../../../functions/src/graph/obo-token-provider';
import { problemResponse } from '../../../functions/src/http/problem-mapping';
import { AppError } from '../../../shared/errors/app-error';
import { problemTypes } from '../../../shared/http/problem';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0 });
});
afterAll(() => tenant?.close());

/**
 * Stands in for Entra's token endpoint behind MSAL's port: it records every exchange and hands out
 * a real demo-tenant token for the user, so the Graph client then talks to the demo Graph.
 */
function recordingEntra(behaviour: 'ok' | 'consent' = 'ok') {
  const calls: Array<{ oboAssertion: string; scopes: string[]; authority?: string }> = [];
  const client: OnBehalfOfClient = {
    async acquireTokenOnBehalfOf(request) {
      calls.push(request);
      if (behaviour === 'consent') {
        throw Object.assign(new Error('AADSTS65001: The user or administrator has not consented'), {
          errorCode: 'invalid_grant',
          errorMessage: 'AADSTS65001: The user or administrator has not consented to use the application',
          claims: '{"access_token":{"capolids":{"essential":true,"values":["x"]}}}',
        });
      }
      const user = tenant.data.users[0]!;
      return {
        accessToken: await tenant.issueToken(user.id),
        expiresOn: new Date(Date.now() + 3_600_000),
      } as AuthenticationResult;
    },
  };
  return { client, calls };
}

describe('on-behalf-of Graph tokens', () => {
  it('exchanges the incoming token for a Graph token once per user and reuses it until it nears expiry', async () => {
    const entra = recordingEntra();
    let now = Date.now();
    const provider = createOboTokenProvider({ client: entra.client, clock: { now: () => new Date(now) } });
    const directory = createGraphDirectory(
      createGraphClientFactory({ baseUrl: tenant.url, tokens: provider, maxRetries: 0 }),
    );
    const user = tenant.data.users[0]!;
    const caller = { tenantId: tenant.tenantId, userId: user.id, token: 'incoming-api-token' };

    const profile = await directory.profileOf(caller);
    expect(profile.id).toBe(user.id);
    await directory.profileOf(caller);
    expect(entra.calls).toHaveLength(1);
    expect(entra.calls[0]).toMatchObject({
      oboAssertion: 'incoming-api-token',
      scopes: ['https://graph.microsoft.com/.default'],
      authority: `https://login.microsoftonline.com/${tenant.tenantId}`,
    });
    expect(provider.cacheSize()).toBe(1);

    // Another user gets their own exchange; an hour later the first user's token is renewed.
    await provider.tokenFor({ ...caller, userId: 'someone-else' });
    expect(entra.calls).toHaveLength(2);
    now += 58 * 60_000;
    await provider.tokenFor(caller);
    expect(entra.calls).toHaveLength(3);
  });

  it('turns a consent error into the typed consent-required problem, through the Graph client', async () => {
    const entra = recordingEntra('consent');
    const provider = createOboTokenProvider({ client: entra.client, clock: { now: () => new Date() } });
    const directory = createGraphDirectory(
      createGraphClientFactory({ baseUrl: tenant.url, tokens: provider, maxRetries: 0 }),
    );
    const error = await directory
      .profileOf({ tenantId: tenant.tenantId, userId: tenant.data.users[0]!.id, token: 'incoming' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('consent-required');
    const response = problemResponse(error as AppError);
    expect(response.status).toBe(403);
    const problem = JSON.parse(String(response.body)) as { type: string; code: string; claims: string };
    expect(problem.type).toBe(problemTypes.consentRequired);
    expect(problem.code).toBe('consent-required');
    expect(problem.claims).toContain('capolids');
  });
});
