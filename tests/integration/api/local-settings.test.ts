import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';
import { createTokenValidator } from '../../../functions/src/auth/token-validator';
import { apiConfigFromEnv } from '../../../functions/src/config/api-config';

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0 });
});
afterAll(() => tenant?.close());

describe('functions/local.settings.sample.json (for `func start` against the demo tenant)', () => {
  it('is a configuration the API accepts, and it validates demo tokens', async () => {
    const sample = JSON.parse(readFileSync('functions/local.settings.sample.json', 'utf8')) as {
      Values: Record<string, string>;
    };
    // The sample names the default port; the test's demo tenant runs on a free one.
    const values = Object.fromEntries(
      Object.entries(sample.Values).map(([k, v]) => [k, v.replace('http://127.0.0.1:7072', tenant.url)]),
    );
    const config = apiConfigFromEnv(values);
    expect(config.auth.allowedTenants).toEqual([tenant.tenantId]);
    const user = tenant.data.users[0]!;
    const caller = await createTokenValidator(config.auth)(`Bearer ${await tenant.issueToken(user.id)}`);
    expect(caller).toMatchObject({ tenantId: tenant.tenantId, userId: user.id });
  });
});
