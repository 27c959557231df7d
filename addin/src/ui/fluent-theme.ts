import type { Theme } from '@fluentui/react-components';
import type { HostTheme } from '../host/host-context';

/** Loads the Fluent theme for the host's theme; the other two never reach the page unless it changes. */
export async function loadFluentTheme(theme: HostTheme): Promise<Theme> {
  if (theme === 'dark') return (await import('./themes/teams-dark')).theme;
  if (theme === 'contrast') return (await import('./themes/teams-high-contrast')).theme;
  return (await import('./themes/teams-light')).theme;
}
