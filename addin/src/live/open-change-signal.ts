import type { HostContext } from '../host/host-context';
import type { ChangeSignal } from './change-signal';
import { createLiveShareSignal } from './live-share-signal';
import { createPollingSignal, type PollingOptions } from './polling-signal';

/** Teams frames that belong to a meeting, where Live Share is available. */
const MEETING_FRAMES = new Set(['sidePanel', 'meetingStage']);

/**
 * How long joining Live Share may take before the page polls instead: a relay the network (or
 * the page's CSP) blocks can leave the join pending for good, and until a signal opens the
 * shared lists do not refresh at all.
 */
export const LIVE_SHARE_JOIN_TIMEOUT_MS = 10_000;

/**
 * Live Share inside a Teams meeting; polling with If-None-Match everywhere else, and whenever
 * Live Share cannot join in time (it needs the meeting's Fluid container, which Teams provides).
 */
export async function openChangeSignal(
  host: HostContext,
  polling: PollingOptions,
  joinTimeoutMs = LIVE_SHARE_JOIN_TIMEOUT_MS,
): Promise<ChangeSignal> {
  if (host.kind === 'teams' && host.frameContext && MEETING_FRAMES.has(host.frameContext)) {
    try {
      const joining = import('@microsoft/teams-js').then(({ LiveShareHost }) =>
        createLiveShareSignal({ host: LiveShareHost.create() }),
      );
      const joined = await withinTime(joining, joinTimeoutMs);
      if (joined) return joined;
      // Joined too late: release it when it does, the page is polling by then.
      void joining.then((late) => late.close()).catch(() => undefined);
      console.warn(`Live Share did not join within ${joinTimeoutMs} ms; polling instead`);
    } catch (error) {
      console.warn('Live Share unavailable; polling instead', error);
    }
  }
  return createPollingSignal(polling);
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((done) => {
    timer = setTimeout(() => done(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
