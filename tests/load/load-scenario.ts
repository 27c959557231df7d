import type { Stack } from '../../dev/stack';

/**
 * One virtual user per connection: a person with an accepted relationship, their token, and what
 * the server acknowledged to them (agenda item ids, the last note text), for the recount.
 */
export interface VirtualUser {
  index: number;
  userId: string;
  peerId: string;
  relationshipId: string;
  authorization: string;
  noteEtag: string;
  cycle: number;
  acknowledgedAgendaIds: string[];
  lastNoteText?: string;
  /** Note texts sent after the last acknowledged one: the run may end before their answer. */
  pendingNoteTexts: string[];
}

async function call(stack: Stack, token: string, method: string, path: string, body?: unknown, headers = {}) {
  const response = await fetch(`${stack.apiUrl}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), json: text ? JSON.parse(text) : undefined };
}

/** Pairs demo users into `count` distinct accepted relationships (user i invites a colleague). */
export async function createVirtualUsers(stack: Stack, count: number): Promise<VirtualUser[]> {
  const users = stack.tenant.data.users;
  const tokens = new Map<string, string>();
  const tokenOf = async (id: string) => {
    if (!tokens.has(id)) tokens.set(id, await stack.tenant.issueToken(id, { expiresInSeconds: 4 * 3600 }));
    return tokens.get(id)!;
  };
  const taken = new Set<string>();
  const virtualUsers: VirtualUser[] = [];
  for (let offset = 1; virtualUsers.length < count && offset < users.length; offset += 1) {
    for (let i = 0; i < users.length && virtualUsers.length < count; i += 1) {
      const me = users[i]!;
      const peer = users[(i + offset) % users.length]!;
      const pair = [me.id, peer.id].sort().join('|');
      if (taken.has(pair)) continue;
      taken.add(pair);
      const created = await call(stack, await tokenOf(me.id), 'POST', '/relationships', {
        peer: peer.id,
        goal: 'rapport',
        cadenceWeeks: 2,
      });
      if (created.status !== 201) continue; // a pair the domain refuses (e.g. manager and report)
      const id = created.json.id as string;
      const accepted = await call(stack, await tokenOf(peer.id), 'POST', `/relationships/${id}/respond`, {
        action: 'accept',
      });
      if (accepted.status !== 200) continue;
      const note = await call(stack, await tokenOf(me.id), 'GET', `/relationships/${id}/notes`);
      virtualUsers.push({
        index: virtualUsers.length,
        userId: me.id,
        peerId: peer.id,
        relationshipId: id,
        authorization: `Bearer ${await tokenOf(me.id)}`,
        noteEtag: note.etag ?? '',
        cycle: 0,
        acknowledgedAgendaIds: [],
        pendingNoteTexts: [],
      });
    }
  }
  if (virtualUsers.length < count) throw new Error(`only ${virtualUsers.length} relationships could be set up`);
  return virtualUsers;
}

/** Reads back every acknowledged write; answers one line per lost or duplicated write. */
export async function recount(stack: Stack, virtualUsers: VirtualUser[]): Promise<{ checked: number; lost: string[] }> {
  const lost: string[] = [];
  let checked = 0;
  for (const vu of virtualUsers) {
    const token = vu.authorization.slice('Bearer '.length);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(
        stack,
        token,
        'GET',
        `/relationships/${vu.relationshipId}/agenda${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (page.status !== 200) throw new Error(`recount: agenda answered ${page.status}`);
      ids.push(...(page.json.items as Array<{ id: string }>).map((item) => item.id));
      cursor = page.json.nextCursor ?? undefined;
    } while (cursor);
    const stored = new Map<string, number>();
    for (const id of ids) stored.set(id, (stored.get(id) ?? 0) + 1);
    for (const id of vu.acknowledgedAgendaIds) {
      checked += 1;
      if (!stored.has(id)) lost.push(`agenda item ${id} of relationship ${vu.relationshipId} is missing`);
      if ((stored.get(id) ?? 0) > 1) lost.push(`agenda item ${id} of relationship ${vu.relationshipId} is duplicated`);
    }
    if (vu.lastNoteText !== undefined) {
      checked += 1;
      const note = await call(stack, token, 'GET', `/relationships/${vu.relationshipId}/notes`);
      // A save still in flight when the run stopped may have landed after the last acknowledged one.
      if (note.json?.text !== vu.lastNoteText && !vu.pendingNoteTexts.includes(note.json?.text)) {
        lost.push(
          `note of ${vu.userId} on ${vu.relationshipId}: stored "${note.json?.text}", acknowledged "${vu.lastNoteText}"`,
        );
      }
    }
  }
  return { checked, lost };
}
