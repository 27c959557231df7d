import { useEffect, useState } from 'react';

/** Where the tab is: one of its views, or one relationship. Kept in the URL hash so reloads and links work. */
export type TabRoute =
  | { view: 'peers' }
  | { view: 'suggestions' }
  | { view: 'connections' }
  | { view: 'settings' }
  | { view: 'relationship'; id: string };

export function parseTabRoute(hash: string): TabRoute {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'relationship' && id) return { view: 'relationship', id: decodeURIComponent(id) };
  if (view === 'suggestions' || view === 'connections' || view === 'settings') return { view };
  return { view: 'peers' };
}

export function tabRouteHash(route: TabRoute): string {
  return route.view === 'relationship' ? `#relationship/${encodeURIComponent(route.id)}` : `#${route.view}`;
}

export function useTabRoute(): [TabRoute, (route: TabRoute) => void] {
  const [route, setRoute] = useState(() => parseTabRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseTabRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (next: TabRoute) => {
    window.location.hash = tabRouteHash(next);
  };
  return [route, navigate];
}
