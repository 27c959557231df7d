import { classifyRole } from '../../shared/discovery';
import { percentiles, startBenchStack } from './bench-stack';

/** Peer suggestions end to end on the demo stack: latency and Graph round trips per call. */
export default async function run(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const pm = stack.tenant.data.users.find((u) => classifyRole(u.department, u.jobTitle) === 'product' && u.managerId);
    if (!pm) throw new Error('seed has no product manager');
    const token = await stack.tenant.issueToken(pm.id);
    const call = () =>
      fetch(`${stack.apiUrl}/api/peers/suggestions?limit=10`, { headers: { Authorization: `Bearer ${token}` } });

    await call(); // warm-up: JWKS fetch, table creation, JIT
    await stack.resetGraphStats();
    const runs = 20;
    const durations: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const response = await call();
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`suggestions answered ${response.status}`);
      durations.push(performance.now() - started);
    }
    const stats = await stack.graphStats();
    const batches = stats.byRoute['POST /$batch'] ?? 0;
    // The first calendar page travels inside the first $batch (and is counted there as a part too).
    const extraPages =
      Object.entries(stats.byRoute)
        .filter(([route]) => route.startsWith('GET /me/calendarView'))
        .reduce((n, [, count]) => n + count, 0) - runs;
    const { median, p95 } = percentiles(durations);
    console.log(`suggestions API (${pm.jobTitle}, 90 days of demo calendar), ${runs} calls:`);
    console.log(`  latency median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    console.log(
      `  Graph round trips per call: ${((batches + extraPages) / runs).toFixed(2)} ($batch ${batches / runs}, further calendar pages ${extraPages / runs}; goal <= 3)`,
    );
  } finally {
    await stack.close();
  }
}
