/**
 * How often shared lists re-read the server: quickly where both peers edit at once (the meeting
 * side panel), slowly elsewhere. The one place a change signal (Live Share) replaces polling.
 */
export const LIVE_REFRESH_MS = 3000;
export const IDLE_REFRESH_MS = 60_000;

export const refreshInterval = (live: boolean) => (live ? LIVE_REFRESH_MS : IDLE_REFRESH_MS);
