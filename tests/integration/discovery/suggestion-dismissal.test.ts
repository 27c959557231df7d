import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let me: User;
let someoneElse: User;

const call: TestStack['callAs'] = (...args) => stack.callAs(...args);
const suggestedIds = async (user: User) =>
  ((await call(user, 'GET', '/peers/suggestions?limit=50')).json.suggestions as Array<{ user: { id: string } }>).map(
    (s) => s.user.id,
  );

beforeAll(async () => {
  stack = await startTestStack();
  me = stack.tenant.data.users.find((u) => u.department === 'Marketing' && u.managerId)!;
  someoneElse = stack.tenant.data.users.find((u) => u.department === 'Sales' && u.managerId)!;
});
afterAll(() => stack?.close());

describe('"Not interested" on a suggestion', () => {
  it('hides the person for 90 days from the caller only, and DELETE brings them back', async () => {
    const before = await suggestedIds(me);
    const dismissed = before[0]!;
    const answer = await call(me, 'POST', `/peers/suggestions/${encodeURIComponent(dismissed)}/dismissal`);
    expect(answer.status).toBe(200);
    expect(answer.json.userId).toBe(dismissed);
    const days = (Date.parse(answer.json.until) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect(await suggestedIds(me)).not.toContain(dismissed);

    // Private: nobody else's suggestions change, and the dismissed person is never told.
    const othersBefore = await suggestedIds(someoneElse);
    expect(await suggestedIds(someoneElse)).toEqual(othersBefore);
    const outbox = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as Array<{ recipientId: string }>;
    expect(outbox.filter((n) => n.recipientId === dismissed)).toEqual([]);

    // Dismissing twice is fine; undo (twice) restores the suggestion.
    expect((await call(me, 'POST', `/peers/suggestions/${encodeURIComponent(dismissed)}/dismissal`)).status).toBe(200);
    expect((await call(me, 'DELETE', `/peers/suggestions/${encodeURIComponent(dismissed)}/dismissal`)).status).toBe(
      204,
    );
    expect((await call(me, 'DELETE', `/peers/suggestions/${encodeURIComponent(dismissed)}/dismissal`)).status).toBe(
      204,
    );
    expect(await suggestedIds(me)).toContain(dismissed);
  });

  it('answers problem+json naming the field for a userId that is too long', async () => {
    const answer = await call(me, 'POST', `/peers/suggestions/${'x'.repeat(201)}/dismissal`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(answer.json)).toContain('userId');
  });
});
