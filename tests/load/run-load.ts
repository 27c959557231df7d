import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type RequestSpec } from 'autocannon';
import { startStack } from '../../dev/stack';
import { RouteStats } from './load-stats';
import { createVirtualUsers, recount, type VirtualUser } from './load-scenario';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

/** Statuses a route may answer under load without it being an error (refusals by design). */
const EXPECTED_REFUSALS = new Set([409, 429]);

/**
 * Drives the dev host and Azurite on loopback with a realistic mix, one virtual user per
 * connection: the tab list, the side panel load (agenda, commitments, notes), an agenda add, a
 * note save and a slot suggestion. Then it recounts every acknowledged write.
 */
export async function runLoad(options: LoadOptions): Promise<{ ok: boolean; lines: string[] }> {
  // One printed line per request would measure the terminal, not the API.
  process.env.REQUEST_LOG ??= 'off';
  const dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-load-'));
  const stack = await startStack({
    ports: { tables: 0, demoTenant: 0, functions: 0, web: 0 },
    dataDir,
    web: 'none',
  });
  try {
    const virtualUsers = await createVirtualUsers(stack, options.connections);
    // Each connection runs one cycle at a time, so a cycle borrows an idle user and returns it.
    const idle: VirtualUser[] = [...virtualUsers];
    const stats = new RouteStats();
    const requests = buildCycle(idle, stats);
    const result = await autocannon({
      url: stack.apiUrl,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 30,
      requests,
    });
    const { checked, lost } = await recount(stack, virtualUsers);
    const unexpected = stats.unexpected((_route, status) => status < 400 || EXPECTED_REFUSALS.has(status));
    const lines = [
      `load: ${options.connections} connections for ${options.durationSeconds} s against the dev host + Azurite`,
      `  throughput ${result.requests.average.toFixed(0)} req/s (${result.requests.total} requests), ` +
        `${(result.throughput.average / 1024).toFixed(0)} KiB/s`,
      `  errors ${result.errors} (timeouts ${result.timeouts}), unexpected statuses ${unexpected}`,
      ...stats.table().map((line) => `  ${line}`),
      `  recount: ${checked} acknowledged writes checked in storage, ${lost.length} lost or duplicated`,
      ...lost.slice(0, 50).map((line) => `  LOST ${line}`),
    ];
    return { ok: lost.length === 0 && unexpected === 0 && result.errors === 0, lines };
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function buildCycle(idle: VirtualUser[], stats: RouteStats): RequestSpec[] {
  const vuOf = (context: Record<string, unknown>) => context.vu as VirtualUser;
  const step = (
    route: string,
    build: (vu: VirtualUser) => { method: string; path: string; body?: unknown; headers?: Record<string, string> },
    onDone?: (vu: VirtualUser, status: number, body: string, headers: Record<string, string>) => void,
    first = false,
    last = false,
  ): RequestSpec => ({
    setupRequest: (request, context) => {
      if (first) context.vu = idle.shift();
      const vu = vuOf(context);
      if (!vu) return undefined;
      const { method, path, body, headers = {} } = build(vu);
      context.started = performance.now();
      return {
        ...request,
        method,
        path: `/api${path}`,
        headers: {
          authorization: vu.authorization,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : { body: '' }),
      };
    },
    onResponse: (status, body, context, headers) => {
      stats.record(route, status, performance.now() - (context.started as number));
      const vu = vuOf(context);
      if (vu) onDone?.(vu, status, body, headers);
      if (last && vu) idle.push(vu);
    },
  });
  const rel = (vu: VirtualUser) => `/relationships/${vu.relationshipId}`;
  const keepEtag = (vu: VirtualUser, status: number, _body: string, headers: Record<string, string>) => {
    if (status === 200 && headers.etag) vu.noteEtag = headers.etag;
  };
  return [
    step('GET /relationships (tab list)', () => ({ method: 'GET', path: '/relationships' }), undefined, true),
    step('GET …/agenda (side panel)', (vu) => ({ method: 'GET', path: `${rel(vu)}/agenda` })),
    step('GET …/commitments (side panel)', (vu) => ({ method: 'GET', path: `${rel(vu)}/commitments` })),
    step('GET …/notes (side panel)', (vu) => ({ method: 'GET', path: `${rel(vu)}/notes` }), keepEtag),
    step(
      'POST …/agenda (add)',
      (vu) => ({ method: 'POST', path: `${rel(vu)}/agenda`, body: { text: `Load topic ${vu.index}.${++vu.cycle}` } }),
      (vu, status, body) => {
        if (status === 201) vu.acknowledgedAgendaIds.push((JSON.parse(body) as { id: string }).id);
      },
    ),
    step(
      'PUT …/notes (save)',
      (vu) => {
        const text = `Private note ${vu.index} v${vu.cycle}`;
        vu.pendingNoteTexts.push(text);
        return { method: 'PUT', path: `${rel(vu)}/notes`, body: { text }, headers: { 'if-match': vu.noteEtag } };
      },
      (vu, status, body, headers) => {
        keepEtag(vu, status, body, headers);
        if (status !== 200) return;
        vu.lastNoteText = (JSON.parse(body) as { text: string }).text;
        vu.pendingNoteTexts = vu.pendingNoteTexts.filter((text) => text !== vu.lastNoteText).slice(-1);
      },
    ),
    step(
      'POST /slots (suggest)',
      (vu) => ({ method: 'POST', path: '/slots', body: { peers: [vu.peerId], cadenceWeeks: 2, days: 14 } }),
      undefined,
      false,
      true,
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' } },
  });
  const durationSeconds = Number(values.duration);
  const connections = Number(values.connections);
  if (!(durationSeconds > 0) || !(connections > 0 && Number.isInteger(connections))) {
    console.error('usage: npm run load -- [--duration <seconds>] [--connections <n>]');
    process.exit(2);
  }
  const { ok, lines } = await runLoad({ durationSeconds, connections });
  for (const line of lines) console.log(line);
  console.log(ok ? 'load: passed' : 'load: FAILED');
  process.exit(ok ? 0 : 1);
}
