import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { detectHost, type HostContext, type HostTheme } from '../host/host-context';
import { useMessages } from '../i18n/use-messages';
import { loadFluentTheme } from './fluent-theme';
import { ShellLoading } from './ShellLoading';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
  },
});

/** Wraps a page in the host's theme (light, dark, high contrast) and follows theme changes. */
export function AppShell({ children }: { children: (host: HostContext) => ReactNode }) {
  const [host, setHost] = useState<HostContext>();
  const [theme, setTheme] = useState<{ name: HostTheme; tokens: Theme }>();
  const styles = useStyles();
  const { t } = useMessages();

  useEffect(() => {
    let live = true;
    const show = (name: HostTheme) =>
      loadFluentTheme(name).then((loaded) => {
        if (live) setTheme({ name, tokens: loaded });
      });
    void detectHost().then(async (detected) => {
      await show(detected.theme);
      if (!live) return;
      setHost(detected);
      detected.onThemeChange((name) => void show(name));
    });
    return () => {
      live = false;
    };
  }, []);

  const loading = <ShellLoading label={t('shell.loading')} />;
  // Until the host's theme is known there is nothing to draw in its colours (a blink at most).
  if (!theme) return null;

  return (
    // Page styles sit on an inner element: Fluent copies the provider's classes onto portal mount
    // nodes (dialogs, dropdown lists), and a full-height background there would cover the page.
    <FluentProvider theme={theme.tokens} data-theme={theme.name}>
      <div className={styles.root}>{host ? <Suspense fallback={loading}>{children(host)}</Suspense> : loading}</div>
    </FluentProvider>
  );
}
