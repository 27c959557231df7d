import { seedTenant } from '../../dev/demo-tenant/seed';
import { startDemoTenant } from '../../dev/demo-tenant/server';

// Demo tenant figures: seeding, and the Graph calls the product leans on, over real HTTP.

const NOW = new Date('2026-11-24T11:00:00Z');

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

export default async function run(): Promise<void> {
  const seedMs = await median(5, () => seedTenant(NOW));
  const data = seedTenant(NOW);
  console.log(
    `demo-tenant: seed ${data.users.length} people, ${data.events.length} events: median ${seedMs.toFixed(1)} ms`,
  );

  const tenant = await startDemoTenant({ port: 0, now: () => NOW, tenant: data });
  try {
    const token = await tenant.issueToken(data.users[0]!.mail);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const call = async (path: string, body?: unknown): Promise<void> => {
      const res = await fetch(`${tenant.url}/v1.0${path}`, {
        method: body ? 'POST' : 'GET',
        headers,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      await res.text();
    };
    const schedule = {
      schedules: data.users.slice(0, 20).map((u) => u.mail),
      startTime: { dateTime: '2026-11-24T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2027-01-23T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 30,
    };
    const figures: Array<[string, number]> = [
      ['getSchedule, 20 people × 60 days', await median(5, () => call('/me/calendar/getSchedule', schedule))],
      [
        'calendarView, 1 week, $top=100',
        await median(5, () =>
          call('/me/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-30T00:00:00Z&$top=100'),
        ),
      ],
      ['people (90 days co-attendance)', await median(5, () => call('/me/people?$top=25'))],
    ];
    for (const [name, ms] of figures) console.log(`demo-tenant: ${name}: median ${ms.toFixed(1)} ms`);
  } finally {
    await tenant.close();
  }
}
