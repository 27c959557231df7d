import { describe, expect, it } from 'vitest';
import { startDemoTenant } from '../../../dev/demo-tenant/server';

describe('DEV_NOW (startAt)', () => {
  it('starts the tenant clock at the instant, seeds around it, and stamps tokens with it', async () => {
    const tenant = await startDemoTenant({ port: 0, startAt: '2027-03-01T09:00:00Z' });
    try {
      const startMs = Date.parse('2027-03-01T09:00:00Z');
      const first = tenant.now().getTime();
      expect(first).toBeGreaterThanOrEqual(startMs);
      expect(first - startMs).toBeLessThan(60_000);
      const token = await tenant.issueToken(tenant.data.users[0]!.id);
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
      expect(claims.iat * 1000).toBeGreaterThanOrEqual(Math.floor(startMs / 1000) * 1000);
      expect(claims.iat * 1000).toBeLessThan(startMs + 60_000);
      // The seed is built around the start instant's week.
      const starts = tenant.data.events.map((e) => Date.parse(e.start));
      expect(Math.min(...starts)).toBeLessThan(startMs);
      expect(Math.max(...starts)).toBeGreaterThan(startMs);
      const me = await fetch(`${tenant.url}/v1.0/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect(tenant.now().getTime()).toBeGreaterThanOrEqual(first);
    } finally {
      await tenant.close();
    }
  });
});
