import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzuriteTables } from '../../dev/azurite';
import { createRandom } from '../../dev/demo-tenant/prng';
import { syntheticTenant } from '../../dev/demo-tenant/seed';
import { startDemoTenant } from '../../dev/demo-tenant/server';
import { parseTenantFile, writeTenantFile } from '../../dev/demo-tenant/tenant-file';
import { freePort } from '../../dev/free-port';
import { demoApiConfig } from '../../dev/stack';
import { createCompositionRoot } from '../../functions/src/composition-root';
import { runRemindersPass, type RemindersSummary } from '../../functions/src/jobs/reminders-job';
import { azuriteConnectionString, TABLE_NAMES, type Tables } from '../../functions/src/storage/tables';
import { createPhaseTimer } from './phase-timer';
import { seedForPass, syntheticRelationships } from './reminders-tenant';

/**
 * One hourly reminders pass over a synthetic tenant of 100,000 people and 50,000 relationships:
 * the production job (`runRemindersPass` with the composition root's adapters: Azurite tables,
 * app-only Graph through the Graph client to the demo tenant, which holds the 100,000 people from a
 * generated tenant file). The last pass ran Friday 17:00 UTC; this one is Monday 09:05 UTC, so it
 * meets the weekend's backlog. People work in six zones, so some are in working hours and some are
 * held. Seeding is timed apart and never counted in the pass.
 */
// REMINDERS_BENCH_SCALE=0.1 runs a tenth of the tenant, for a quick look while changing the job.
const SCALE = Number(process.env.REMINDERS_BENCH_SCALE ?? 1);
const PEOPLE = Math.round(100_000 * SCALE);
const RELATIONSHIPS = Math.round(50_000 * SCALE);
const LAST_PASS = Date.parse('2026-12-04T17:00:00Z');
const PASS_AT = Date.parse('2026-12-07T09:05:00Z');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (value: number) => value.toLocaleString('en');

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'reminders-bench-'));
  // A clock that starts where the bench puts it and ticks from there (DEV_NOW-style), shared by the
  // demo tenant and the job so tokens and outbox times agree.
  let base = LAST_PASS;
  let baseAt = performance.now();
  const clock = { now: () => new Date(base + (performance.now() - baseAt)) };
  const setClock = (at: number) => ((base = at), (baseAt = performance.now()));

  let t = performance.now();
  const file = join(dir, 'tenant.json');
  await writeTenantFile(file, syntheticTenant(PEOPLE));
  const generatedMs = performance.now() - t;
  t = performance.now();
  const data = await parseTenantFile(file);
  const tenant = await startDemoTenant({ port: 0, now: clock.now, tenant: data });
  console.log(
    `  seeding: ${n(PEOPLE)} people generated into a tenant file in ${seconds(generatedMs)}; the demo tenant loaded it in ${seconds(performance.now() - t)}`,
  );
  // In memory: Azurite's autosave rewrites its whole database file as it grows; the pass reads the same.
  const azurite = await startAzuriteTables({ port: await freePort(), location: join(dir, 'azurite'), inMemory: true });
  try {
    const root = createCompositionRoot(demoApiConfig(tenant, azuriteConnectionString(azurite.port)), { clock });
    await root.ready();
    const timer = createPhaseTimer();
    const production = root.jobs.reminders;
    // The production adapters, each wrapped only to record when it is busy.
    const deps = {
      ...production,
      dueIndex: timer.wrap('dueIndex', production.dueIndex),
      source: timer.wrap('source', production.source),
      preferences: timer.wrap('preferences', production.preferences),
      ledger: timer.wrap('ledger', production.ledger),
      notifier: timer.wrap('notifier', production.notifier),
    };
    const tenantId = tenant.tenantId;

    t = performance.now();
    const all = syntheticRelationships(tenantId, data.users, RELATIONSHIPS, LAST_PASS, createRandom(16));
    const due = all.filter((r) => r.dueAt !== null && r.dueAt <= PASS_AT);
    const planMs = performance.now() - t;
    const users = new Map(data.users.map((u) => [u.id, u]));
    const seeded = await seedForPass(root.tables, deps.dueIndex, tenantId, due, users, LAST_PASS);
    await deps.tenants.registerTenant(tenantId, LAST_PASS);
    console.log(
      `  seeding: ${n(RELATIONSHIPS)} relationships generated in ${seconds(planMs)}, ${n(due.length)} due by the pass; in batch transactions: their partitions ${seconds(seeded.relationshipsMs)}, due index ${seconds(seeded.dueIndexMs)}, members' cached working hours ${seconds(seeded.hoursMs)}`,
    );

    const reads = countReads(root.tables);
    const measure = async (at: number): Promise<PassFigures> => {
      await fetch(`${tenant.url}/demo/stats/reset`, { method: 'POST' });
      const outboxBefore = await outbox(tenant.url);
      const before = { all: root.tables.requestCount(), reads: reads.count };
      reads.byKind.clear();
      setClock(at);
      timer.reset();
      const started = performance.now();
      const summary = await runRemindersPass(deps);
      const ms = performance.now() - started;
      const stats = (await (await fetch(`${tenant.url}/demo/stats`)).json()) as { total: number };
      const sentNow = (await outbox(tenant.url)).slice(outboxBefore.length);
      return {
        ms,
        summary,
        reads: reads.count - before.reads,
        transactions: root.tables.requestCount() - before.all,
        graph: stats.total,
        phases: timer.lines().join('; '),
        byKind: [...reads.byKind].map(([kind, count]) => `${kind} ${count}`).join(', '),
        delivered: sentNow.filter((e) => e.delivery === 'delivered').length,
        undeliverable: sentNow.filter((e) => e.delivery === 'undeliverable').length,
      };
    };

    const pass = await measure(PASS_AT);
    report('one hourly pass (Monday 09:05 UTC after a weekend)', pass);
    report("the next hour's pass (10:05 UTC)", await measure(PASS_AT + 3_600_000));
  } finally {
    await azurite.close();
    await tenant.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PassFigures {
  ms: number;
  summary: RemindersSummary;
  reads: number;
  transactions: number;
  graph: number;
  delivered: number;
  undeliverable: number;
  byKind: string;
  phases: string;
}

function report(label: string, f: PassFigures): void {
  const { summary: s } = f;
  const due = Math.max(s.dueRelationships, 1);
  const reminders = s.sent + s.undeliverable;
  console.log(`  ${label}: ${seconds(f.ms)} (goal < 60 s)`);
  console.log(
    `    due relationships ${n(s.dueRelationships)}; reminders sent ${n(s.sent)}, held ${n(s.held)}, dropped ${n(s.dropped)}, skipped ${n(s.skipped)}, failed ${n(s.failed)}`,
  );
  console.log(
    `    storage: ${(f.reads / due).toFixed(2)} reads per due relationship (goal ≤ 2), ${(f.transactions / due).toFixed(2)} transactions in all per due relationship (${n(f.reads)} reads, ${n(f.transactions)} in all)`,
  );
  console.log(`    storage requests by table: ${f.byKind}`);
  console.log(`    where the time goes (port.method ×calls: first call–last answer): ${f.phases}`);
  console.log(
    `    Graph: ${n(f.graph)} requests (${n(s.throttled)} answered 429), ${reminders ? ((f.graph / reminders) * 100).toFixed(2) : '–'} per 100 reminders (goal ≤ 1.1); demo outbox: ${n(f.delivered)} delivered, ${n(f.undeliverable)} undeliverable (app not installed)`,
  );
}

async function outbox(url: string): Promise<Array<{ delivery: string }>> {
  return (await (await fetch(`${url}/demo/outbox`)).json()) as Array<{ delivery: string }>;
}

/** Storage requests by table and kind (a GET is a read; a transaction counts once, as `batch`). */
function countReads(tables: Tables) {
  const counter = { count: 0, byKind: new Map<string, number>() };
  for (const name of TABLE_NAMES) {
    tables.client(name).pipeline.addPolicy({
      name: 'countReads',
      sendRequest: (request, next) => {
        if (request.method === 'GET') counter.count += 1;
        const kind = `${name} ${request.url.includes('$batch') ? 'batch' : request.method}`;
        counter.byKind.set(kind, (counter.byKind.get(kind) ?? 0) + 1);
        return next(request);
      },
    });
  }
  return counter;
}
