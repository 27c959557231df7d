import { percentiles, startBenchStack } from './bench-stack';

/**
 * Relationships on Azurite: "my relationships" for a user with 50 of them, and the side panel's
 * load of one relationship (agenda + commitments + my notes, in parallel).
 */
export default async function run(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const users = stack.tenant.data.users;
    const me = users[0]!;
    const token = await stack.tenant.issueToken(me.id);
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${stack.apiUrl}/api${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    };

    // 50 relationships: every other user in the seed (59), minus a few, each with some shared data.
    const peers = users.slice(1, 51);
    let target = '';
    for (const [i, peer] of peers.entries()) {
      const rel = await call('POST', '/relationships', { peer: peer.id, goal: 'rapport', cadenceWeeks: 4 });
      if (i === 0) target = rel.id;
    }
    for (let i = 0; i < 20; i += 1) await call('POST', `/relationships/${target}/agenda`, { text: `Topic ${i}` });
    for (let i = 0; i < 10; i += 1) {
      await call('POST', `/relationships/${target}/commitments`, { text: `Follow-up ${i}`, owner: me.id });
    }

    const measure = async (label: string, work: () => Promise<unknown>, runs = 50) => {
      await work();
      const durations: number[] = [];
      const before = stack.root.tables.requestCount();
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await work();
        durations.push(performance.now() - started);
      }
      const trips = (stack.root.tables.requestCount() - before) / runs;
      const { median, p95 } = percentiles(durations);
      console.log(
        `  ${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, storage round trips ${trips.toFixed(1)} per load`,
      );
    };

    console.log('relationships API on Azurite:');
    const list = await call('GET', '/relationships');
    console.log(`  (user with ${list.relationships.length} relationships; one has 20 agenda items and 10 commitments)`);
    await measure('GET /relationships (the tab list)', () => call('GET', '/relationships'));
    await measure('side panel load: agenda + commitments + my notes, in parallel', () =>
      Promise.all([
        call('GET', `/relationships/${target}/agenda`),
        call('GET', `/relationships/${target}/commitments`),
        call('GET', `/relationships/${target}/notes`),
      ]),
    );
  } finally {
    await stack.close();
  }
}
