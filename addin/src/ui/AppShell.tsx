import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { detectHost, type HostContext, type HostTheme } from '../host/host-context';
import { useMessages } from '../i18n/use-messages';
import { fluentTheme } from './fluent-theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
  },
  loading: { display: 'flex', justifyContent: 'center', paddingTop: '20vh' },
});

/** Wraps a page in the host's theme (light, dark, high contrast) and follows theme changes. */
export function AppShell({ children }: { children: (host: HostContext) => ReactNode }) {
  const [host, setHost] = useState<HostContext>();
  const [theme, setTheme] = useState<HostTheme>('light');
  const styles = useStyles();
  const { t } = useMessages();

  useEffect(() => {
    let live = true;
    void detectHost().then((detected) => {
      if (!live) return;
      setHost(detected);
      setTheme(detected.theme);
      detected.onThemeChange(setTheme);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    // Page styles sit on an inner element: Fluent copies the provider's classes onto portal mount
    // nodes (dialogs, dropdown lists), and a full-height background there would cover the page.
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <div className={styles.root}>
        {host ? (
          children(host)
        ) : (
          <div className={styles.loading}>
            <Spinner label={t('shell.loading')} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
