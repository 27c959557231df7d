import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRole, peerSuggestionsResponseSchema } from '../../../shared/discovery';
import { englishSuggestionReason } from '../../../shared/discovery/cadence-reasons';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
let throttled: TestStack;

beforeAll(async () => {
  [stack, throttled] = await Promise.all([startTestStack(), startTestStack({ throttle: 'every=3' })]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), throttled?.close()]);
});

function productManager(s: TestStack) {
  const pm = s.tenant.data.users.find(
    (u) => classifyRole(u.department, u.jobTitle) === 'product' && u.managerId && /product manager/i.test(u.jobTitle),
  );
  if (!pm) throw new Error('seed has no product manager');
  return pm;
}

async function graphStats(s: TestStack) {
  return (await (await fetch(`${s.tenant.url}/demo/stats`)).json()) as {
    total: number;
    byRoute: Record<string, number>;
  };
}

describe('GET /api/peers/suggestions', () => {
  it('suggests designers and engineers a product manager meets with, with reasons, and never their own team', async () => {
    const pm = productManager(stack);
    const response = await stack.api('/peers/suggestions?limit=10', { token: await stack.tokenFor(pm.id) });
    expect(response.status).toBe(200);
    const { suggestions } = peerSuggestionsResponseSchema.parse(await response.json());
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(10);

    const families = suggestions.map((s) => classifyRole(s.user.department, s.user.jobTitle));
    expect(families).toContain('design');
    expect(families).toContain('engineering');
    for (const s of suggestions) {
      expect(s.user.department).not.toBe(pm.department);
      expect(s.user.id).not.toBe(pm.managerId);
      const report = stack.tenant.data.users.find((u) => u.id === s.user.id);
      expect(report?.managerId).not.toBe(pm.id);
      expect(s.reasons.length).toBeGreaterThan(0);
      expect([2, 3, 4, 6, 8, 12]).toContain(s.cadenceWeeks);
      // The cadence's reason comes with its facts, for the page to word.
      expect(s.cadenceReason).toBe(englishSuggestionReason(s.cadenceReasonFacts!, s.cadenceWeeks));
    }
    // The people they actually meet come with the meeting count as a reason.
    expect(suggestions.some((s) => s.reasons.some((r) => /\d+ meetings? together in the last 90 days/.test(r)))).toBe(
      true,
    );
  });

  it('uses a bounded number of Graph round trips per call', async () => {
    const pm = productManager(stack);
    const token = await stack.tokenFor(pm.id);
    await fetch(`${stack.tenant.url}/demo/stats/reset`, { method: 'POST' });
    expect((await stack.api('/peers/suggestions', { token })).status).toBe(200);
    const stats = await graphStats(stack);
    const roundTrips = stats.byRoute['POST /$batch'] ?? 0;
    const outsideBatch = Object.entries(stats.byRoute)
      .filter(([route]) => route.startsWith('GET /me/calendarView'))
      .reduce((n, [, count]) => n + count, 0);
    // One batch for the signals, one for unknown attendees; calendar pages only beyond 1,000 events.
    expect(roundTrips).toBeGreaterThanOrEqual(1);
    expect(roundTrips).toBeLessThanOrEqual(2);
    expect(roundTrips + outsideBatch - 1).toBeLessThanOrEqual(3);
  });

  it('still answers with suggestions when Graph throttles (429 with Retry-After)', async () => {
    const pm = productManager(throttled);
    const response = await throttled.api('/peers/suggestions?limit=5', { token: await throttled.tokenFor(pm.id) });
    expect(response.status).toBe(200);
    const { suggestions } = peerSuggestionsResponseSchema.parse(await response.json());
    expect(suggestions.length).toBeGreaterThan(0);
    // Throttled parts were retried: more Graph requests than the same call needs unthrottled.
    await fetch(`${stack.tenant.url}/demo/stats/reset`, { method: 'POST' });
    await stack.api('/peers/suggestions?limit=5', { token: await stack.tokenFor(productManager(stack).id) });
    expect((await graphStats(throttled)).total).toBeGreaterThan((await graphStats(stack)).total);
  });

  it('drops people the caller already has a relationship with', async () => {
    const pm = productManager(stack);
    const token = await stack.tokenFor(pm.id);
    const before = peerSuggestionsResponseSchema.parse(await (await stack.api('/peers/suggestions', { token })).json());
    const top = before.suggestions[0]!;
    const created = await stack.api('/relationships', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ peer: top.user.id, goal: top.goal, cadenceWeeks: top.cadenceWeeks }),
    });
    expect(created.status).toBe(201);
    const after = peerSuggestionsResponseSchema.parse(await (await stack.api('/peers/suggestions', { token })).json());
    expect(after.suggestions.map((s) => s.user.id)).not.toContain(top.user.id);
  });

  it('rejects a bad limit with a problem naming the field', async () => {
    const pm = productManager(stack);
    const response = await stack.api('/peers/suggestions?limit=zero', { token: await stack.tokenFor(pm.id) });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors[0]?.field).toBe('limit');
  });
});

describe('GET /api/peers/search', () => {
  it('finds colleagues by the start of their name, never the caller, and names a bad query', async () => {
    const me = productManager(stack);
    const token = await stack.tokenFor(me.id);
    const prefix = me.displayName.slice(0, 3);
    const answer = await stack.api(`/peers/search?q=${encodeURIComponent(prefix)}`, { token });
    expect(answer.status).toBe(200);
    const { people } = (await answer.json()) as { people: Array<{ id: string; displayName: string }> };
    const expected = stack.tenant.data.users.filter((u) => u.displayName.startsWith(prefix) && u.id !== me.id);
    expect(people.map((p) => p.id).sort()).toEqual(expected.map((u) => u.id).sort());
    const empty = await stack.api('/peers/search?q=%20', { token });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('q');
  });
});
