import { percentiles, startBenchStack } from './bench-stack';

/** POST /api/slots on the demo stack: latency for a pair, and Graph requests per suggestion. */
export default async function run(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const users = stack.tenant.data.users;
    const organiser = users.find((u) => u.department === 'Product' && u.timeZone === 'Eastern Standard Time')!;
    const peer = users.find((u) => u.department === 'Design' && u.timeZone === 'GMT Standard Time')!;
    const token = await stack.tenant.issueToken(organiser.id);
    const post = (path: string, body: unknown) =>
      fetch(`${stack.apiUrl}/api${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('/relationships', { peer: peer.id, goal: 'rapport', cadenceWeeks: 2 });

    const measure = async (label: string, body: unknown, runs: number) => {
      await post('/slots', body); // warm-up
      await stack.resetGraphStats();
      const durations: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        const response = await post('/slots', body);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`slots answered ${response.status}`);
        durations.push(performance.now() - started);
      }
      const stats = await stack.graphStats();
      const { median, p95 } = percentiles(durations);
      console.log(
        `  ${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ` +
          `Graph requests per call ${(stats.total / runs).toFixed(2)} (getSchedule ${(stats.byRoute['POST /me/calendar/getSchedule'] ?? 0) / runs})`,
      );
    };

    console.log('slots API on the demo stack (30 min, 3 occurrences):');
    await measure('pair, every 2 weeks, 14-day window', { peers: [peer.id], cadenceWeeks: 2, days: 14 }, 20);
    await measure(
      'pair, every 4 weeks, 14-day window (third occurrence beyond 61 days)',
      { peers: [peer.id], cadenceWeeks: 4, days: 14 },
      20,
    );
    const group = users
      .filter((u) => u.id !== organiser.id)
      .slice(0, 19)
      .map((u) => u.mail);
    await measure(
      `${group.length} peers by mail, every 2 weeks (strangers: one $filter lookup per 15, plus ⌈20/20⌉ = 1 getSchedule)`,
      { peers: group, cadenceWeeks: 2, days: 14 },
      5,
    );
  } finally {
    await stack.close();
  }
}
