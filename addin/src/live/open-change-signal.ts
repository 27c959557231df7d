import type { HostContext } from '../host/host-context';
import type { ChangeSignal } from './change-signal';
import { createLiveShareSignal } from './live-share-signal';
import { createPollingSignal, type PollingOptions } from './polling-signal';

/** Teams frames that belong to a meeting, where Live Share is available. */
const MEETING_FRAMES = new Set(['sidePanel', 'meetingStage']);

/**
 * Live Share inside a Teams meeting; polling with If-None-Match everywhere else, and whenever
 * Live Share cannot join (it needs the meeting's Fluid container, which Teams provides).
 */
export async function openChangeSignal(host: HostContext, polling: PollingOptions): Promise<ChangeSignal> {
  if (host.kind === 'teams' && host.frameContext && MEETING_FRAMES.has(host.frameContext)) {
    try {
      const { LiveShareHost } = await import('@microsoft/teams-js');
      return await createLiveShareSignal({ host: LiveShareHost.create() });
    } catch (error) {
      console.warn('Live Share unavailable; polling instead', error);
    }
  }
  return createPollingSignal(polling);
}
