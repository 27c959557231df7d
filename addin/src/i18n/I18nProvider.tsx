import { createContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { detectHost } from '../host/host-context';
import { resolveLocale, type ResolvedLocale } from './locale';
import { loadCatalogue, type CompiledMessages } from './catalogues';

export interface LocaleInfo extends ResolvedLocale {
  /** The user's IANA zone, as the browser reports it. */
  zone: string;
}

export const LocaleContext = createContext<LocaleInfo>({
  formatLocale: 'en-US',
  catalogue: 'en-US',
  zone: 'UTC',
});

function queryLocale(): string | null {
  return new URLSearchParams(window.location.search).get('locale');
}

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Picks the locale (`?locale=`, then the Teams or Office context, then the browser; en-US when
 * none fits), loads its catalogue and provides react-intl to the page.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [resolved, setResolved] = useState(() => resolveLocale([queryLocale(), navigator.language]));
  const [messages, setMessages] = useState<{ for: string; messages: CompiledMessages }>();

  useEffect(() => {
    if (queryLocale()) return;
    let live = true;
    void detectHost().then((host) => {
      if (!live || !host.locale) return;
      const next = resolveLocale([host.locale, navigator.language]);
      setResolved((current) => (current.formatLocale === next.formatLocale ? current : next));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    void loadCatalogue(resolved.catalogue).then((loaded) => {
      if (live) setMessages({ for: resolved.catalogue, messages: loaded });
    });
    document.documentElement.lang = resolved.formatLocale;
    return () => {
      live = false;
    };
  }, [resolved]);

  // Nothing rather than a flash of the wrong language; the English catalogue resolves at once.
  if (!messages) return null;
  const info: LocaleInfo = { ...resolved, zone: browserZone() };
  return (
    <LocaleContext.Provider value={info}>
      {/* Plural rules follow the catalogue's language; the pseudo-locale is English underneath. */}
      <IntlProvider
        locale={messages.for === 'qps-ploc' ? 'en-US' : messages.for}
        defaultLocale="en-US"
        messages={messages.messages}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
