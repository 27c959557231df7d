import type { Stack } from '../../dev/stack';

/** Which list an edit touches, as the side panel's change kinds. */
export type ListKind = 'agenda' | 'commitments';

/** One side panel's view of the API: every request it sends is counted. */
export interface Panel {
  name: string;
  requests: number;
  /** A full GET of a list (a re-read): its ETag and how long it took. */
  read(kind: ListKind): Promise<{ etag: string | null; ms: number }>;
  /** A conditional GET: 304 while the ETag still matches. */
  readIfChanged(kind: ListKind, etag: string | null): Promise<{ status: 304 } | { status: 200; etag: string | null }>;
  /** Adds an agenda item or a commitment, as a person in the meeting would. */
  edit(kind: ListKind, text: string): Promise<void>;
}

export interface PairSession {
  relationshipId: string;
  panels: [Panel, Panel];
}

/** A fresh active relationship between two demo users (a new pair per `index`), and a counted panel each. */
export async function startPairSession(stack: Stack, tag: string, index: number): Promise<PairSession> {
  const users = stack.tenant.data.users.filter((u) => u.managerId);
  const a = users.filter((u) => u.department === 'Product')[index];
  const b = users.filter((u) => u.department === 'Sales')[index];
  if (!a || !b) throw new Error(`The demo tenant has no pair number ${index + 1}`);
  const [ta, tb] = await Promise.all([stack.tenant.issueToken(a.id), stack.tenant.issueToken(b.id)]);
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.apiUrl}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return (await response.json()) as { id: string };
  };
  const { id } = await call(ta, 'POST', '/relationships', { peer: b.id, goal: 'ideas', cadenceWeeks: 4 });
  await call(tb, 'POST', `/relationships/${id}/respond`, { action: 'accept' });

  const panel = (name: string, token: string, ownerId: string): Panel => {
    const self: Panel = {
      name,
      requests: 0,
      async read(kind) {
        self.requests += 1;
        const started = performance.now();
        const response = await fetch(`${stack.apiUrl}/api/relationships/${id}/${kind}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        await response.text();
        return { etag: response.headers.get('ETag'), ms: performance.now() - started };
      },
      async readIfChanged(kind, etag) {
        self.requests += 1;
        const response = await fetch(`${stack.apiUrl}/api/relationships/${id}/${kind}`, {
          headers: { Authorization: `Bearer ${token}`, ...(etag ? { 'If-None-Match': etag } : {}) },
        });
        await response.body?.cancel();
        if (response.status === 304) return { status: 304 };
        return { status: 200, etag: response.headers.get('ETag') };
      },
      async edit(kind, text) {
        self.requests += 1;
        await call(
          token,
          'POST',
          `/relationships/${id}/${kind}`,
          kind === 'agenda' ? { text } : { text, owner: ownerId },
        );
      },
    };
    return self;
  };
  return { relationshipId: id, panels: [panel(`${tag} A`, ta, a.id), panel(`${tag} B`, tb, b.id)] };
}

export const SESSION_MS = 30 * 60_000;

/**
 * A realistic meeting: 12 edits in 30 minutes (8 agenda items, 4 commitments), the two people
 * taking turns, none in the first or last minute.
 */
export const SESSION_EDITS: readonly { at: number; by: 0 | 1; kind: ListKind }[] = Array.from(
  { length: 12 },
  (_, i) => ({
    at: 90_000 + i * 140_000,
    by: (i % 2) as 0 | 1,
    kind: i % 3 === 2 ? ('commitments' as const) : ('agenda' as const),
  }),
);
