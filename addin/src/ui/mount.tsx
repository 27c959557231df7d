import './page-base.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostContext } from '../host/host-context';
import { AppShell } from './AppShell';

/** Mounts a page inside the themed shell. */
export function mountPage(render: (host: HostContext) => ReactNode) {
  const element = document.getElementById('root');
  if (!element) throw new Error('No #root element');
  createRoot(element).render(
    <StrictMode>
      <AppShell>{render}</AppShell>
    </StrictMode>,
  );
}
