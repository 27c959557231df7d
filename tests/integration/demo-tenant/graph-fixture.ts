/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { afterAll, beforeAll } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';

/** The demo tenant's Graph surface, shared by the graph-*.test.ts files (one tenant per file). */
export const NOW = new Date('2026-11-24T11:00:00Z');
// Live bindings: the test files read these after beforeAll has set them.
export let tenant: DemoTenant;
export let token: string;
export let ava: { id: string; mail: string };

export function useDemoTenant(): void {
  beforeAll(async () => {
    tenant = await startDemoTenant({ port: 0, now: () => NOW });
    const first = tenant.data.users[0]!;
    ava = { id: first.id, mail: first.mail };
    token = await tenant.issueToken(ava.mail);
  });
  afterAll(async () => {
    await tenant.close();
  });
}

export async function graph(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const t = init.token === undefined ? token : init.token;
  if (t) headers['authorization'] = `Bearer ${t}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path.startsWith('http') ? path : `${tenant.url}/v1.0${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export function scheduleBody(schedules: string[], start: string, end: string, interval = 30): unknown {
  return {
    schedules,
    startTime: { dateTime: start, timeZone: 'UTC' },
    endTime: { dateTime: end, timeZone: 'UTC' },
    availabilityViewInterval: interval,
  };
}
