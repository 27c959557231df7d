import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPollingSignal, type ConditionalFetch } from '../../../addin/src/live/polling-signal';

/** A real HTTP server that answers lists with ETags and 304 on a matching If-None-Match. */
function listServer() {
  const versions = new Map<string, number>([
    ['agenda', 1],
    ['commitments', 1],
  ]);
  const log: { kind: string; ifNoneMatch: string | undefined; status: number }[] = [];
  const server = createServer((req, res) => {
    const kind = (req.url ?? '').slice(1);
    const etag = `"${kind}-${versions.get(kind)}"`;
    const ifNoneMatch = req.headers['if-none-match'];
    const status = ifNoneMatch === etag ? 304 : 200;
    log.push({ kind, ifNoneMatch, status });
    res.writeHead(status, { ETag: etag, 'Content-Type': 'application/json' });
    res.end(status === 304 ? undefined : JSON.stringify({ items: [] }));
  });
  return { server, versions, log };
}

let stack: ReturnType<typeof listServer>;
let base: string;

beforeEach(async () => {
  stack = listServer();
  await new Promise<void>((resolve) => stack.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(stack.server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => (stack.server as Server).close(() => resolve())));

const conditionalFetch: ConditionalFetch = async (kind, etag) => {
  const response = await fetch(`${base}/${kind}`, { headers: etag ? { 'If-None-Match': etag } : {} });
  await response.arrayBuffer();
  return response.status === 304 ? { status: 304 } : { status: 200, etag: response.headers.get('etag') };
};

/** Visibility under the test's control (a browser's document in the page). */
function visibility() {
  let hidden = false;
  const listeners = new Set<() => void>();
  return {
    hidden: () => hidden,
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value: boolean) {
      hidden = value;
      for (const listener of listeners) listener();
    },
  };
}

/** Real timers, with every scheduled delay recorded and a promise per poll round. */
function recordingTimer(scale = 1) {
  const delays: number[] = [];
  let pending = 0;
  let waiters: (() => void)[] = [];
  return {
    delays,
    pending: () => pending,
    nextSchedule: () => new Promise<void>((resolve) => waiters.push(resolve)),
    setTimer(run: () => void, ms: number) {
      delays.push(ms);
      pending += 1;
      const done = waiters;
      waiters = [];
      for (const w of done) w();
      let settled = false;
      const settle = () => {
        if (!settled) pending -= 1;
        settled = true;
      };
      const id = setTimeout(() => {
        settle();
        run();
      }, ms / scale);
      return () => {
        clearTimeout(id);
        settle();
      };
    },
  };
}

async function rounds(timer: ReturnType<typeof recordingTimer>, n: number) {
  for (let i = 0; i < n; i += 1) await timer.nextSchedule();
}

describe('createPollingSignal', () => {
  it('an unchanged list costs only 304s with If-None-Match, and nobody is told anything', async () => {
    const timer = recordingTimer(300);
    const heard: string[] = [];
    const signal = createPollingSignal({
      kinds: ['agenda', 'commitments'],
      fetch: conditionalFetch,
      setTimer: timer.setTimer,
      visibility: visibility(),
    });
    signal.subscribe((kind) => heard.push(kind));
    await rounds(timer, 4);
    signal.close();
    expect(heard).toEqual([]);
    const later = stack.log.slice(2);
    expect(later.length).toBeGreaterThanOrEqual(4);
    expect(later.every((entry) => entry.status === 304 && entry.ifNoneMatch === `"${entry.kind}-1"`)).toBe(true);
  });

  it('a change on the server is heard once, for that list only', async () => {
    const timer = recordingTimer(300);
    const heard: string[] = [];
    const signal = createPollingSignal({
      kinds: ['agenda', 'commitments'],
      fetch: conditionalFetch,
      setTimer: timer.setTimer,
      visibility: visibility(),
    });
    signal.subscribe((kind) => heard.push(kind));
    await rounds(timer, 2);
    stack.versions.set('commitments', 2);
    await rounds(timer, 3);
    signal.close();
    expect(heard).toEqual(['commitments']);
  });

  it('backs off to 30 s while hidden and polls at once when the page is shown again', async () => {
    const timer = recordingTimer(300);
    const page = visibility();
    const signal = createPollingSignal({
      kinds: ['agenda'],
      fetch: conditionalFetch,
      setTimer: timer.setTimer,
      visibility: page,
    });
    await rounds(timer, 2);
    expect(timer.delays.slice(0, 2)).toEqual([0, 3_000]);
    page.set(true);
    await rounds(timer, 1);
    expect(timer.delays.at(-1)).toBe(30_000);
    page.set(false);
    expect(timer.delays.at(-1)).toBe(0);
    signal.close();
  });

  it('stops after the meeting’s end: no timer left, no further requests', { timeout: 10_000 }, async () => {
    const timer = recordingTimer(300);
    let clock = 1_000;
    const signal = createPollingSignal({
      kinds: ['agenda'],
      fetch: conditionalFetch,
      setTimer: timer.setTimer,
      visibility: visibility(),
      now: () => clock,
      endsAt: 5_000,
    });
    await rounds(timer, 2);
    clock = 5_000;
    const requests = stack.log.length;
    // The pending round runs, sees the meeting is over, and schedules nothing more.
    await new Promise<void>((resolve) => {
      const check = () => (timer.pending() === 0 ? resolve() : setImmediate(check));
      check();
    });
    // A request already on the wire when the meeting ended may still land; none is started after.
    expect(stack.log.length).toBeLessThanOrEqual(requests + 1);
    expect(timer.pending()).toBe(0);
    signal.close();
  });
});
