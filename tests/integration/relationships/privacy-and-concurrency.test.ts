import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaListSchema,
  meetingListSchema,
  relationshipDetailSchema,
  relationshipListSchema,
  type AgendaItem,
} from '../../../shared/relationships/relationship-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const users = (department: string, n: number) =>
  stack.tenant.data.users.filter((u) => u.department === department).slice(0, n);

const call: TestStack['callAs'] = (...args) => stack.callAs(...args);

async function activePair(a: User, b: User) {
  const created = await call(a, 'POST', '/relationships', { peer: b.id, goal: 'rapport', cadenceWeeks: 4 });
  const rel = relationshipDetailSchema.parse(created.json);
  expect((await call(b, 'POST', `/relationships/${rel.id}/respond`, { action: 'accept' })).status).toBe(200);
  return rel.id;
}

describe('shared agenda under concurrency', () => {
  it('keeps all 200 items when two clients add 100 each at the same time', async () => {
    const [a, b] = [users('Customer Success', 1)[0]!, users('Sales', 1)[0]!];
    const id = await activePair(a, b);
    const add = (user: User, i: number) =>
      call(user, 'POST', `/relationships/${id}/agenda`, { text: `${user.displayName} item ${i}` });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => [add(a, i), add(b, i)]).flat());
    expect(results.every((r) => r.status === 201)).toBe(true);
    const agenda = agendaListSchema.parse((await call(a, 'GET', `/relationships/${id}/agenda`)).json);
    expect(agenda.items).toHaveLength(200);
    expect(new Set(agenda.items.map((i) => i.text)).size).toBe(200);
  });

  it('lets one of two edits of the same item win and answers 412 to the other, losing nothing silently', async () => {
    const [a, b] = [users('Customer Success', 2)[1]!, users('Sales', 2)[1]!];
    const id = await activePair(a, b);
    const item = (await call(a, 'POST', `/relationships/${id}/agenda`, { text: 'Handoffs for renewals' }))
      .json as AgendaItem;
    const [first, second] = await Promise.all([
      call(
        a,
        'PATCH',
        `/relationships/${id}/agenda/${item.id}`,
        { text: 'Handoffs for renewals (Q3)' },
        { 'If-Match': item.etag },
      ),
      call(b, 'PATCH', `/relationships/${id}/agenda/${item.id}`, { discussed: true }, { 'If-Match': item.etag }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 412]);
    const loser = first.status === 412 ? first : second;
    const winner = first.status === 200 ? first : second;
    expect(loser.json.current).toEqual(winner.json);
    const stored = agendaListSchema.parse((await call(a, 'GET', `/relationships/${id}/agenda`)).json).items[0]!;
    expect(stored).toEqual(winner.json);
    // Deleting needs the current version too.
    expect(
      (await call(b, 'DELETE', `/relationships/${id}/agenda/${item.id}`, undefined, { 'If-Match': item.etag })).status,
    ).toBe(412);
    expect(
      (await call(b, 'DELETE', `/relationships/${id}/agenda/${item.id}`, undefined, { 'If-Match': stored.etag }))
        .status,
    ).toBe(204);
  });
});

describe('private notes and ratings', () => {
  it('are never returned to the peer, in any route, including export', async () => {
    const [a, b] = [users('Design', 3)[2]!, users('Marketing', 3)[2]!];
    const id = await activePair(a, b);
    const secret = 'PRIVATE-NOTE-7f3a: worried about their roadmap';
    const empty = await call(a, 'GET', `/relationships/${id}/notes`);
    expect(empty.json).toEqual({ text: '', updatedAt: null });
    const saved = await call(a, 'PUT', `/relationships/${id}/notes`, { text: secret }, { 'If-Match': empty.etag! });
    expect(saved.status).toBe(200);
    expect((await call(a, 'GET', `/relationships/${id}/notes`)).json.text).toBe(secret);

    const meeting = await call(a, 'POST', `/relationships/${id}/meetings`, {
      start: '2026-01-05T16:00:00Z',
      end: '2026-01-05T16:30:00Z',
    });
    expect(meeting.status).toBe(201);
    const meetingNote = await call(a, 'GET', `/relationships/${id}/notes?meeting=${meeting.json.id}`);
    await call(
      a,
      'PUT',
      `/relationships/${id}/notes?meeting=${meeting.json.id}`,
      { text: `${secret} (meeting)` },
      { 'If-Match': meetingNote.etag! },
    );
    const rated = await call(
      a,
      'PATCH',
      `/relationships/${id}/meetings/${meeting.json.id}`,
      { held: true, rating: 2 },
      { 'If-Match': meeting.etag! },
    );
    expect(rated.status).toBe(200);
    expect(rated.json).toMatchObject({ held: true, myRating: 2 });

    // The peer sees their own (empty) notes, the meeting as held, and no rating.
    expect((await call(b, 'GET', `/relationships/${id}/notes`)).json.text).toBe('');
    expect((await call(b, 'GET', `/relationships/${id}/notes?meeting=${meeting.json.id}`)).json.text).toBe('');
    const theirMeetings = meetingListSchema.parse(
      (await call(b, 'GET', `/relationships/${id}/meetings`)).json,
    ).meetings;
    expect(theirMeetings[0]).toMatchObject({ held: true });
    expect(theirMeetings[0]!.myRating).toBeUndefined();
    for (const path of [
      '/relationships',
      `/relationships/${id}`,
      `/relationships/${id}/agenda`,
      `/relationships/${id}/commitments`,
      `/relationships/${id}/meetings`,
      '/me/export',
    ]) {
      const seen = JSON.stringify((await call(b, 'GET', path)).json);
      expect(seen, path).not.toContain('PRIVATE-NOTE-7f3a');
      expect(seen, path).not.toMatch(/"(myRating|rating)":2/);
    }
    // The author's export has both notes and the rating.
    const own = JSON.stringify((await call(a, 'GET', '/me/export')).json);
    expect(own).toContain('PRIVATE-NOTE-7f3a');
    expect(own).toContain('"myRating":2');
    // The last meeting counts as "last met".
    const row = relationshipListSchema
      .parse((await call(b, 'GET', '/relationships')).json)
      .relationships.find((r) => r.id === id);
    expect(row?.lastMetAt).toBe('2026-01-05T16:00:00.000Z');
  });

  it('a stale note version gets 412 with the newer text (two windows of the same person)', async () => {
    const [a, b] = [users('Engineering', 4)[3]!, users('Product', 4)[3]!];
    const id = await activePair(a, b);
    const read = await call(a, 'GET', `/relationships/${id}/notes`);
    expect(
      (await call(a, 'PUT', `/relationships/${id}/notes`, { text: 'from window one' }, { 'If-Match': read.etag! }))
        .status,
    ).toBe(200);
    const stale = await call(
      a,
      'PUT',
      `/relationships/${id}/notes`,
      { text: 'from window two' },
      { 'If-Match': read.etag! },
    );
    expect(stale.status).toBe(412);
    expect(stale.json.current.text).toBe('from window one');
  });
});

describe('DELETE /me', () => {
  it('erases the caller’s private data and memberships; shared items stay for the peer as "a former member"', async () => {
    const [leaver, peer] = [users('Sales', 5)[4]!, users('Engineering', 5)[4]!];
    const id = await activePair(leaver, peer);
    await call(leaver, 'POST', `/relationships/${id}/agenda`, { text: 'Shared topic from the leaver' });
    await call(leaver, 'POST', `/relationships/${id}/commitments`, {
      text: 'Leaver will send notes',
      owner: leaver.id,
    });
    const note = await call(leaver, 'GET', `/relationships/${id}/notes`);
    await call(leaver, 'PUT', `/relationships/${id}/notes`, { text: 'leaver private' }, { 'If-Match': note.etag! });

    const erased = await call(leaver, 'DELETE', '/me');
    expect(erased.status).toBe(200);
    expect(erased.json.deleted).toEqual({ relationships: 1, privateItems: 1 });

    expect(relationshipListSchema.parse((await call(leaver, 'GET', '/relationships')).json).relationships).toEqual([]);
    expect((await call(leaver, 'GET', `/relationships/${id}`)).status).toBe(404);
    const exported = (await call(leaver, 'GET', '/me/export')).json;
    expect(exported.relationships).toEqual([]);
    expect(exported.privateNotes).toEqual([]);

    const detail = relationshipDetailSchema.parse((await call(peer, 'GET', `/relationships/${id}`)).json);
    expect(detail.status).toBe('ended');
    expect(detail.peer.displayName).toBe('A former member');
    const agenda = agendaListSchema.parse((await call(peer, 'GET', `/relationships/${id}/agenda`)).json).items;
    expect(agenda[0]).toMatchObject({ text: 'Shared topic from the leaver', addedBy: 'former-member' });
    const everything = JSON.stringify([
      detail,
      agenda,
      (await call(peer, 'GET', `/relationships/${id}/commitments`)).json,
      (await call(peer, 'GET', '/relationships')).json,
    ]);
    expect(everything).not.toContain(leaver.id);
  });
});
