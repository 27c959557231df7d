import type * as TeamsJs from '@microsoft/teams-js';

type TeamsApp = (typeof TeamsJs)['app'];

export type HostKind = 'teams' | 'outlook' | 'office' | 'browser';
export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostContext {
  kind: HostKind;
  theme: HostTheme;
  /** Teams' frame: 'content', 'sidePanel', 'settings'…; undefined outside Teams. */
  frameContext?: string;
  /** Teams' deep-link sub-page (`page.subPageId`, a notification's `subEntityId`); undefined elsewhere. */
  subPageId?: string;
  /** The host's UI language (Teams or Office context, e.g. 'en-GB'); undefined in a browser tab. */
  locale?: string | undefined;
  /** Registers for theme changes (Teams' handler, or the system's in a browser). */
  onThemeChange(listener: (theme: HostTheme) => void): void;
  /** Tells the host the first data is on screen (Teams hides its loading indicator). */
  notifySuccess(): void;
}

/** teams-js hangs inside a foreign iframe; past this we treat the page as a plain browser tab. */
const TEAMS_INIT_TIMEOUT_MS = 1500;

let detecting: Promise<HostContext> | undefined;

/** Decides once where the page runs: inside Teams / Outlook / Office via teams-js, else a browser. */
export function detectHost(): Promise<HostContext> {
  detecting ??= detect();
  return detecting;
}

/**
 * teams-js (and with it MSAL's broker) loads only when the page sits inside a host frame; a plain
 * browser tab never downloads it.
 */
async function detect(): Promise<HostContext> {
  if (window.parent === window && !window.opener) return browserHost();
  let app: TeamsApp;
  try {
    ({ app } = await import('@microsoft/teams-js'));
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('teams-js timeout')), TEAMS_INIT_TIMEOUT_MS)),
    ]);
  } catch {
    return browserHost();
  }
  const context = await app.getContext();
  const hostName = String(context.app.host.name).toLowerCase();
  const kind: HostKind =
    hostName === 'outlook' ? 'outlook' : hostName === 'teams' || hostName === 'teamsmodern' ? 'teams' : 'office';
  return {
    kind,
    theme: teamsTheme(context.app.theme),
    frameContext: context.page.frameContext,
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    locale: context.app.locale || officeLanguage(),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(teamsTheme(theme))),
    // Teams only hides its loading indicator; nothing waits on the answer.
    notifySuccess: () => void app.notifySuccess(),
  };
}

function officeLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return office?.context?.displayLanguage || undefined;
}

function teamsTheme(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}

function browserHost(): HostContext {
  const query = new URLSearchParams(window.location.search).get('theme');
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const contrast = window.matchMedia('(forced-colors: active)');
  const current = (): HostTheme =>
    query === 'dark' || query === 'contrast' || query === 'light'
      ? query
      : contrast.matches
        ? 'contrast'
        : dark.matches
          ? 'dark'
          : 'light';
  return {
    kind: 'browser',
    theme: current(),
    onThemeChange: (listener) => {
      dark.addEventListener('change', () => listener(current()));
      contrast.addEventListener('change', () => listener(current()));
    },
    notifySuccess: () => undefined,
  };
}
