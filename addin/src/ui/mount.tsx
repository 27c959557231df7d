import './page-base.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostContext } from '../host/host-context';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppShell } from './AppShell';

/** Mounts a page inside the message catalogue and the themed shell. */
export function mountPage(render: (host: HostContext) => ReactNode) {
  const element = document.getElementById('root');
  if (!element) throw new Error('No #root element');
  createRoot(element).render(
    <StrictMode>
      <I18nProvider>
        <AppShell>{render}</AppShell>
      </I18nProvider>
    </StrictMode>,
  );
}
