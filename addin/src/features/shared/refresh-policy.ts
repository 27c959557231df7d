/**
 * How often shared lists re-read the server: quickly where both peers edit at once (the meeting
 * side panel) when no change signal is there, slowly elsewhere. With a change signal (Live Share,
 * or its conditional-polling fallback) the list's own timer never fires: the signal says when.
 */
export const LIVE_REFRESH_MS = 3000;
export const IDLE_REFRESH_MS = 60_000;
/** The longest timer a browser keeps (2^31 − 1 ms, about 24.8 days): in effect, never. */
export const SIGNALLED_REFRESH_MS = 2_147_483_647;

export const refreshInterval = (live: boolean, signalled = false) =>
  live && signalled ? SIGNALLED_REFRESH_MS : live ? LIVE_REFRESH_MS : IDLE_REFRESH_MS;
