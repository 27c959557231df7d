import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaListSchema,
  relationshipDetailSchema,
  relationshipListSchema,
} from '../../../shared/relationships/relationship-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let pm: User;
let designer: User;
let engineer: User;
let outsider: User;

beforeAll(async () => {
  stack = await startTestStack();
  const users = stack.tenant.data.users;
  pm = users.find((u) => u.department === 'Product' && u.managerId)!;
  designer = users.find((u) => u.department === 'Design' && u.managerId)!;
  engineer = users.find((u) => u.department === 'Engineering' && u.managerId)!;
  outsider = users.find((u) => u.department === 'Sales' && u.managerId)!;
});
afterAll(() => stack?.close());

const call: TestStack['callAs'] = (...args) => stack.callAs(...args);

async function start(a: User, b: User, extra: Record<string, unknown> = {}) {
  const created = await call(a, 'POST', '/relationships', { peer: b.mail, goal: 'rapport', cadenceWeeks: 4, ...extra });
  expect([200, 201]).toContain(created.status);
  return relationshipDetailSchema.parse(created.json);
}

describe('relationships', () => {
  it('creates a relationship (201), and the same one again from either side (200), with an ETag', async () => {
    const first = await call(pm, 'POST', '/relationships', {
      peer: designer.mail,
      goal: 'barriers',
      cadenceWeeks: 6,
      format: 'coffee',
    });
    expect(first.status).toBe(201);
    expect(first.etag).toBeTruthy();
    const rel = relationshipDetailSchema.parse(first.json);
    expect(rel).toMatchObject({
      status: 'invited',
      initiatedBy: pm.id,
      goal: 'barriers',
      cadenceWeeks: 6,
      format: 'coffee',
    });
    expect(rel.peer).toMatchObject({ id: designer.id, displayName: designer.displayName });

    const again = await call(pm, 'POST', '/relationships', { peer: designer.id, goal: 'ideas', cadenceWeeks: 4 });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(rel.id);
    const fromPeer = await call(designer, 'POST', '/relationships', { peer: pm.id, goal: 'ideas', cadenceWeeks: 4 });
    expect(fromPeer.status).toBe(200);
    expect(fromPeer.json.id).toBe(rel.id);
    expect(fromPeer.json.peer.id).toBe(pm.id);
  });

  it('notifies the invitee in their Teams activity feed', async () => {
    const invitee = stack.tenant.data.users.find((u) => u.department === 'Engineering' && u.id !== engineer.id)!;
    const created = await call(pm, 'POST', '/relationships', { peer: invitee.id, goal: 'rapport', cadenceWeeks: 6 });
    expect(created.status).toBe(201);
    const outbox = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as Array<{
      recipientId: string;
      senderId: string;
      activityType: string;
      previewText: { content: string };
      templateParameters: Array<{ name: string; value: string }>;
    }>;
    const sent = outbox.filter((n) => n.recipientId === invitee.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ senderId: pm.id, activityType: 'peerInvitation' });
    expect(sent[0]!.templateParameters).toContainEqual({ name: 'actor', value: pm.displayName });
    expect(sent[0]!.previewText.content).toContain('every 6 weeks');
    // Creating it again is not a new invitation.
    await call(pm, 'POST', '/relationships', { peer: invitee.id, goal: 'rapport', cadenceWeeks: 6 });
    const again = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as Array<{ recipientId: string }>;
    expect(again.filter((n) => n.recipientId === invitee.id)).toHaveLength(1);
  });

  it('creating concurrently from both sides yields one relationship', async () => {
    const [a, b] = await Promise.all([
      call(engineer, 'POST', '/relationships', { peer: outsider.id, goal: 'rapport', cadenceWeeks: 8 }),
      call(outsider, 'POST', '/relationships', { peer: engineer.id, goal: 'rapport', cadenceWeeks: 8 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.json.id).toBe(b.json.id);
    const lists = await Promise.all([call(engineer, 'GET', '/relationships'), call(outsider, 'GET', '/relationships')]);
    for (const list of lists) {
      const ids = relationshipListSchema.parse(list.json).relationships.map((r) => r.id);
      expect(ids.filter((id) => id === a.json.id)).toHaveLength(1);
    }
  });

  it('lists what the tab needs in one call: peer, goal, cadence, status, health and commitments both ways', async () => {
    const rel = await start(pm, engineer);
    await call(engineer, 'POST', `/relationships/${rel.id}/respond`, { action: 'accept' });
    await call(pm, 'POST', `/relationships/${rel.id}/commitments`, { text: 'Send the roadmap draft', owner: pm.id });
    await call(pm, 'POST', `/relationships/${rel.id}/commitments`, { text: 'Review the API doc', owner: engineer.id });
    await call(engineer, 'POST', `/relationships/${rel.id}/commitments`, {
      text: 'Pair on the spike',
      owner: engineer.id,
    });

    const list = relationshipListSchema.parse((await call(pm, 'GET', '/relationships')).json);
    const row = list.relationships.find((r) => r.id === rel.id)!;
    expect(row).toMatchObject({
      status: 'active',
      goal: 'rapport',
      cadenceWeeks: 4,
      health: 'not-scheduled',
      openCommitments: { mine: 1, theirs: 2 },
      peer: {
        id: engineer.id,
        displayName: engineer.displayName,
        department: engineer.department,
        jobTitle: engineer.jobTitle,
      },
    });
    const theirs = relationshipListSchema.parse((await call(engineer, 'GET', '/relationships')).json);
    expect(theirs.relationships.find((r) => r.id === rel.id)?.openCommitments).toEqual({ mine: 2, theirs: 1 });
  });

  it('answers 404 to a non-member and to another tenant, on every relationship route', async () => {
    const rel = await start(designer, engineer);
    const routes: Array<[string, string, unknown?]> = [
      ['GET', `/relationships/${rel.id}`],
      ['PATCH', `/relationships/${rel.id}`, { goal: 'ideas' }],
      ['POST', `/relationships/${rel.id}/respond`, { action: 'accept' }],
      ['GET', `/relationships/${rel.id}/agenda`],
      ['POST', `/relationships/${rel.id}/agenda`, { text: 'x' }],
      ['GET', `/relationships/${rel.id}/commitments`],
      ['POST', `/relationships/${rel.id}/commitments`, { text: 'x', owner: outsider.id }],
      ['GET', `/relationships/${rel.id}/meetings`],
      ['POST', `/relationships/${rel.id}/meetings`, { start: '2030-01-01T10:00:00Z', end: '2030-01-01T10:30:00Z' }],
      ['GET', `/relationships/${rel.id}/notes`],
      ['PUT', `/relationships/${rel.id}/notes`, { text: 'x' }],
    ];
    for (const [method, path, body] of routes) {
      const answer = await call(outsider, method, path, body, { 'If-Match': '"0"' });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    // Another tenant: the same user id under another tenant id finds nothing (keys start with the tenant).
    const otherTenant = { tenantId: '00000000-0000-4000-8000-000000000001', userId: designer.id, token: 'unused' };
    // `not-found` is the code the problem mapping answers as 404.
    const { useCases } = stack.root;
    await expect(useCases.relationships.get(otherTenant, rel.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(useCases.sharedItems.agenda(otherTenant, rel.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await useCases.relationships.list(otherTenant)).toEqual([]);
  });

  it('rejects bad input with 400 naming the field and writes nothing', async () => {
    const before = relationshipListSchema.parse((await call(outsider, 'GET', '/relationships')).json).relationships
      .length;
    const cases: Array<[unknown, string]> = [
      [{ peer: designer.id, goal: 'world-peace', cadenceWeeks: 4 }, 'goal'],
      [{ peer: designer.id, goal: 'rapport', cadenceWeeks: 5 }, 'cadenceWeeks'],
      [{ peer: designer.id, goal: 'rapport', cadenceWeeks: '4' }, 'cadenceWeeks'],
      [{ peer: 'nobody@nowhere.example', goal: 'rapport', cadenceWeeks: 4 }, 'peer'],
      [{ peer: outsider.id, goal: 'rapport', cadenceWeeks: 4 }, 'peer'],
      [{ peer: designer.id, goal: 'custom', goalNote: 'x'.repeat(501), cadenceWeeks: 4 }, 'goalNote'],
      [{ peer: designer.id, goal: 'rapport', cadenceWeeks: 4, extra: true }, '(body)'],
    ];
    for (const [body, field] of cases) {
      const answer = await call(outsider, 'POST', '/relationships', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const after = relationshipListSchema.parse((await call(outsider, 'GET', '/relationships')).json).relationships
      .length;
    expect(after).toBe(before);

    const rel = await start(pm, outsider);
    expect((await call(pm, 'GET', '/relationships/not-an-id')).status).toBe(400);
    const longText = await call(pm, 'POST', `/relationships/${rel.id}/agenda`, { text: 'y'.repeat(501) });
    expect(longText.status).toBe(400);
    expect(longText.json.errors[0].field).toBe('text');
    const noIfMatch = await call(pm, 'PATCH', `/relationships/${rel.id}`, { goal: 'ideas' });
    expect(noIfMatch.status).toBe(428);
    expect(noIfMatch.json.errors[0].field).toBe('If-Match');
    const agenda = agendaListSchema.parse((await call(pm, 'GET', `/relationships/${rel.id}/agenda`)).json);
    expect(agenda.items).toHaveLength(0);
    const unchanged = relationshipDetailSchema.parse((await call(pm, 'GET', `/relationships/${rel.id}`)).json);
    expect(unchanged.goal).toBe('rapport');
  });

  it('updates need the current ETag: a stale one gets 412 with the current version', async () => {
    const rel = await start(designer, pm);
    const read = await call(designer, 'GET', `/relationships/${rel.id}`);
    const first = await call(
      designer,
      'PATCH',
      `/relationships/${rel.id}`,
      { cadenceWeeks: 8 },
      { 'If-Match': read.etag! },
    );
    expect(first.status).toBe(200);
    expect(first.json.cadenceWeeks).toBe(8);
    expect(first.etag).not.toBe(read.etag);
    const stale = await call(pm, 'PATCH', `/relationships/${rel.id}`, { cadenceWeeks: 2 }, { 'If-Match': read.etag! });
    expect(stale.status).toBe(412);
    expect(stale.json.current.cadenceWeeks).toBe(8);
    expect(stale.etag).toBe(first.etag);
  });

  it('a counter-proposal goes back to the initiator, who can accept it', async () => {
    // Two colleagues outside each other's reporting line (a manager and report are refused: not-a-peer).
    const team = stack.tenant.data.users.filter((u) => u.department === 'Customer Success' && u.managerId);
    const initiator = team[0]!;
    const invitee = team.find(
      (u) => u.id !== initiator.managerId && u.managerId !== initiator.id && u.id !== initiator.id,
    )!;
    const rel = await start(initiator, invitee);
    expect((await call(initiator, 'POST', `/relationships/${rel.id}/respond`, { action: 'accept' })).status).toBe(400);
    const proposed = await call(invitee, 'POST', `/relationships/${rel.id}/respond`, {
      action: 'propose',
      cadenceWeeks: 8,
    });
    expect(proposed.json).toMatchObject({ status: 'invited', cadenceWeeks: 8, pendingWith: initiator.id });
    const listed = relationshipListSchema.parse((await call(initiator, 'GET', '/relationships')).json);
    expect(listed.relationships.find((r) => r.id === rel.id)).toMatchObject({
      pendingWith: initiator.id,
      cadenceWeeks: 8,
    });
    const accepted = await call(initiator, 'POST', `/relationships/${rel.id}/respond`, { action: 'accept' });
    expect(accepted.json).toMatchObject({ status: 'active', answer: 'accepted', cadenceWeeks: 8 });
  });

  it('keeps a decline private: the initiator sees only "not now"', async () => {
    const sales = stack.tenant.data.users.find((u) => u.department === 'Marketing' && u.managerId)!;
    const rel = await start(pm, sales);
    const declined = await call(sales, 'POST', `/relationships/${rel.id}/respond`, {
      action: 'decline',
      reason: 'Too busy with the launch and not keen on this person',
    });
    expect(declined.status).toBe(200);
    for (const path of [`/relationships/${rel.id}`, '/relationships', '/me/export']) {
      const seen = await call(pm, 'GET', path);
      expect(JSON.stringify(seen.json)).not.toContain('not keen');
    }
    const seen = relationshipDetailSchema.parse((await call(pm, 'GET', `/relationships/${rel.id}`)).json);
    expect(seen).toMatchObject({ status: 'ended', answer: 'not-now' });
    const own = await call(sales, 'GET', '/me/export');
    expect(JSON.stringify(own.json)).toContain('not keen');
  });
});
