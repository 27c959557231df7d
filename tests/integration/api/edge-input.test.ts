import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '../../../shared/http/problem';
import { relationshipDetailSchema } from '../../../shared/relationships/relationship-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let alice: User;
let bob: User;

beforeAll(async () => {
  stack = await startTestStack();
  const users = stack.tenant.data.users;
  alice = users.find((u) => u.department === 'Marketing' && u.managerId)!;
  bob = users.find((u) => u.department === 'Engineering' && u.managerId)!;
});
afterAll(() => stack?.close());

describe('path parameters are decoded and validated at the edge', () => {
  it('answers 400 problem+json to invalid percent-encoding, with or without a token', async () => {
    for (const token of [undefined, await stack.tokenFor(alice.id)]) {
      const response = await stack.api('/relationships/%ZZ', token ? { token } : {});
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = await response.json();
      expect(problem).toMatchObject({ code: 'invalid-input', type: problemTypes.validation });
      expect(problem.errors[0].field).toBe('id');
    }
  });

  it('answers 400 naming the parameter for hostile item ids, and writes nothing', async () => {
    const created = await stack.callAs(alice, 'POST', '/relationships', {
      peer: bob.mail,
      goal: 'rapport',
      cadenceWeeks: 4,
    });
    const rel = relationshipDetailSchema.parse(created.json);
    const added = await stack.callAs(alice, 'POST', `/relationships/${rel.id}/agenda`, { text: 'keep me' });
    expect(added.status).toBe(201);
    for (const hostile of ['%2500', encodeURIComponent(rel.id), '00000000-0000-0000-0000-000000000000', 'a%2Fb']) {
      const answer = await stack.callAs(alice, 'DELETE', `/relationships/${rel.id}/agenda/${hostile}`, undefined, {
        'If-Match': added.etag!,
      });
      expect(answer.status, hostile).toBe(400);
      expect(answer.json).toMatchObject({ code: 'invalid-input' });
      expect(answer.json.errors.map((e: { field: string }) => e.field)).toContain('itemId');
    }
    const agenda = await stack.callAs(alice, 'GET', `/relationships/${rel.id}/agenda`);
    expect(agenda.json.items.map((i: { text: string }) => i.text)).toEqual(['keep me']);
  });

  it('puts the error code on every problem body, beside the type URIs clients already match', async () => {
    const token = await stack.tokenFor(alice.id);
    const unauthenticated = await (await stack.api('/me')).json();
    expect(unauthenticated).toMatchObject({ code: 'unauthenticated', type: problemTypes.unauthorized, status: 401 });
    const noRoute = await (await stack.api('/nothing-here', { token })).json();
    expect(noRoute).toMatchObject({ code: 'not-found', type: problemTypes.notFound, status: 404 });
    const created = await stack.callAs(alice, 'POST', '/relationships', {
      peer: bob.mail,
      goal: 'rapport',
      cadenceWeeks: 4,
    });
    const noIfMatch = await stack.callAs(alice, 'PATCH', `/relationships/${created.json.id}`, { goal: 'ideas' });
    expect(noIfMatch.json).toMatchObject({ code: 'precondition-required', type: problemTypes.preconditionRequired });
    const stale = await stack.callAs(
      alice,
      'PATCH',
      `/relationships/${created.json.id}`,
      { goal: 'ideas' },
      {
        'If-Match': 'W/"stale"',
      },
    );
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ code: 'precondition-failed', current: { id: created.json.id } });
    expect(stale.etag).toBe(created.etag);
    expect(stale.json).not.toHaveProperty('etag');
  });
});
