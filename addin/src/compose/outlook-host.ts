/// <reference types="office-js" />
import { officeMailboxHost, type OfficeMailboxHost } from './appointment-writer';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOAD_TIMEOUT_MS = 8000;

let loading: Promise<OfficeMailboxHost | null> | undefined;

/**
 * Outlook's mailbox when the pane runs in an Outlook appointment, else null. Office.js is fetched
 * only inside a host frame, so a plain browser (or an offline demo) never waits on its CDN.
 */
export function outlookHost(): Promise<OfficeMailboxHost | null> {
  loading ??= load();
  return loading;
}

async function load(): Promise<OfficeMailboxHost | null> {
  if (window.parent === window) return null;
  // Office.js replaces the History API with nulls; keep the real one for the page.
  const { pushState, replaceState } = window.history;
  try {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = OFFICE_JS;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('Office.js did not load'));
      setTimeout(() => reject(new Error('Office.js took too long')), LOAD_TIMEOUT_MS);
      document.head.appendChild(script);
    });
    const info = await Office.onReady();
    if (info.host !== Office.HostType.Outlook) return null;
    const item = Office.context.mailbox?.item as Office.AppointmentCompose | undefined;
    return item && 'recurrence' in item ? officeMailboxHost() : null;
  } catch {
    return null;
  } finally {
    window.history.pushState = pushState;
    window.history.replaceState = replaceState;
  }
}
