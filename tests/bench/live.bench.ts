import { TestLiveShareHost } from '@microsoft/live-share';
import { createLiveShareSignal } from '../../addin/src/live/live-share-signal';
import { localRelayTokenProvider } from '../../addin/src/live/local-relay-token';
import { createPollingSignal, HIDDEN_INTERVAL_MS, VISIBLE_INTERVAL_MS } from '../../addin/src/live/polling-signal';
import type { ChangeSignal } from '../../addin/src/live/change-signal';
import { startFluidRelay, type FluidRelay } from '../../dev/fluid-relay';
import { percentiles, startBenchStack } from './bench-stack';
import { createVirtualClock } from './live-clock';
import { SESSION_EDITS, SESSION_MS, startPairSession, type ListKind, type Panel } from './live-session';

const KINDS: readonly ListKind[] = ['agenda', 'commitments'];
const visible = { hidden: () => false, onChange: () => () => undefined };
const hidden = { hidden: () => true, onChange: () => () => undefined };

interface Outcome {
  requests: [number, number];
  latencies: number[];
}

/**
 * `npm run bench -- live`: a 30-minute side panel session of two peers with 12 edits, on the real
 * stack, the way the panel did it before (both lists re-read every 3 s), with the conditional
 * polling fallback (If-None-Match every 3 s), and with Live Share (a change event through a local
 * Fluid relay, then one re-read). Polling runs on virtual time; every request is real.
 */
export default async function run(): Promise<void> {
  const stack = await startBenchStack();
  let pairs = 0;
  let relay: FluidRelay | undefined;
  try {
    relay = await startFluidRelay();
    const rows: [string, Outcome][] = [];
    rows.push(['before: both lists every 3 s', await timedPolling(await session('before'), false)]);
    rows.push(['fallback: If-None-Match every 3 s', await timedPolling(await session('fallback'), true)]);
    rows.push(['Live Share change event', await liveShare(await session('live'), relay.endpoint)]);

    console.log('a 30-minute meeting, two side panels, 12 edits (API requests per panel, change-to-display latency):');
    for (const [label, outcome] of rows) {
      const { median, p95 } = percentiles(outcome.latencies);
      console.log(
        `  ${label.padEnd(36)} ${String(outcome.requests[0]).padStart(5)} + ${String(outcome.requests[1]).padStart(5)} requests` +
          ` = ${String(outcome.requests[0] + outcome.requests[1]).padStart(5)} per meeting; latency median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`,
      );
    }
    console.log('one idle side panel for 30 minutes (no edits), requests:');
    const idleVisible = await idleFallback(await session('idle'), false);
    const idleHidden = await idleFallback(await session('idle-hidden'), true);
    console.log(
      `  before (unconditional 3 s)           ${(SESSION_MS / VISIBLE_INTERVAL_MS) * KINDS.length} full GETs`,
    );
    console.log(
      `  fallback, page visible               ${idleVisible} conditional GETs (304 once harden2's lists answer it)`,
    );
    console.log(
      `  fallback, page hidden (30 s)         ${idleHidden} conditional GETs (every ${HIDDEN_INTERVAL_MS / 1000} s)`,
    );
    console.log('  Live Share                               0 (nothing is sent until someone changes something)');
  } finally {
    await relay?.close();
    await stack.close();
  }

  async function session(tag: string) {
    return (await startPairSession(stack, tag, pairs++)).panels;
  }
}

/** Both panels poll on virtual time: unconditionally (as before) or through the polling signal. */
async function timedPolling(panels: [Panel, Panel], conditional: boolean): Promise<Outcome> {
  const clock = createVirtualClock();
  const changedAt = new Map<ListKind, number>();
  const latencies: number[] = [];
  const closers: (() => void)[] = [];
  for (const [index, panel] of panels.entries()) {
    const other = panels[1 - index]!;
    const seen = new Map<ListKind, string | null>();
    const onChange = (kind: ListKind, ms: number) => {
      const at = changedAt.get(kind);
      // Only the other person's edit counts as latency (a panel also sees its own change come back).
      if (at !== undefined && lastEditor.get(kind) === other) latencies.push(clock.now() - at + ms);
    };
    if (conditional) {
      const signal = createPollingSignal({
        kinds: KINDS,
        fetch: (kind, etag) => clock.track(panel.readIfChanged(kind as ListKind, etag)),
        now: clock.now,
        setTimer: clock.setTimer,
        visibility: visible,
      });
      signal.subscribe(
        (kind) => void clock.track(panel.read(kind as ListKind).then(({ ms }) => onChange(kind as ListKind, ms))),
      );
      closers.push(() => signal.close());
    } else {
      const tick = () => {
        for (const kind of KINDS)
          void clock.track(
            panel.read(kind).then(({ etag, ms }) => {
              if (seen.has(kind) && seen.get(kind) !== etag) onChange(kind, ms);
              seen.set(kind, etag);
            }),
          );
        clock.setTimer(tick, VISIBLE_INTERVAL_MS);
      };
      clock.setTimer(tick, 0);
    }
  }
  const lastEditor = new Map<ListKind, Panel>();
  for (const [n, edit] of SESSION_EDITS.entries()) {
    const by = panels[edit.by];
    clock.setTimer(() => {
      void clock.track(
        by.edit(edit.kind, `Edit ${n + 1}`).then(() => {
          changedAt.set(edit.kind, clock.now());
          lastEditor.set(edit.kind, by);
          // The editing panel re-reads its own list at once, as useSharedList does.
          return by.read(edit.kind);
        }),
      );
    }, edit.at);
  }
  await clock.runUntil(SESSION_MS);
  for (const close of closers) close();
  return { requests: [panels[0].requests, panels[1].requests], latencies };
}

/** Two Live Share clients on a local Fluid relay: an edit is announced, the other panel re-reads once. */
async function liveShare(panels: [Panel, Panel], endpoint: string): Promise<Outcome> {
  let containerId: string | undefined;
  const join = (user: string) =>
    createLiveShareSignal({
      host: TestLiveShareHost.create(
        () => containerId,
        (id) => {
          containerId = id;
        },
      ),
      connection: { type: 'local', endpoint, tokenProvider: localRelayTokenProvider(user) },
    });
  const signals: ChangeSignal[] = [];
  for (const panel of panels) signals.push(await join(panel.name));
  const latencies: number[] = [];
  try {
    for (const [n, edit] of SESSION_EDITS.entries()) {
      const by = panels[edit.by];
      const other = panels[1 - edit.by]!;
      const displayed = new Promise<void>((done) => {
        const off = signals[1 - edit.by]!.subscribe((kind) => {
          off();
          void other.read(kind as ListKind).then(() => done());
        });
      });
      await by.edit(edit.kind, `Edit ${n + 1}`);
      const started = performance.now();
      await Promise.all([by.read(edit.kind), signals[edit.by]!.publish(edit.kind), displayed]);
      latencies.push(performance.now() - started);
    }
  } finally {
    for (const signal of signals) signal.close();
  }
  return { requests: [panels[0].requests, panels[1].requests], latencies };
}

/** One panel's polling signal alone for 30 virtual minutes, visible or hidden. */
async function idleFallback(panels: [Panel, Panel], isHidden: boolean): Promise<number> {
  const clock = createVirtualClock();
  const [panel] = panels;
  const signal = createPollingSignal({
    kinds: KINDS,
    fetch: (kind, etag) => clock.track(panel.readIfChanged(kind as ListKind, etag)),
    now: clock.now,
    setTimer: clock.setTimer,
    visibility: isHidden ? hidden : visible,
  });
  await clock.runUntil(SESSION_MS);
  signal.close();
  return panel.requests;
}
