import { useCallback, useEffect, useState } from 'react';
import { reminderKinds, type ReminderKind } from '../../../shared/reminders/reminder-types';

/** Where the tab is: one of its views, or one relationship. Kept in the URL hash so reloads and links work. */
export type TabRoute =
  | { view: 'peers' }
  | { view: 'suggestions' }
  | { view: 'connections' }
  | { view: 'settings' }
  | { view: 'relationship'; id: string }
  | { view: 'activity'; kind?: ReminderKind };

export function parseTabRoute(hash: string): TabRoute {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  // A reminder's `sidepanel/<id>` opens the relationship in the tab (the side panel lives in the meeting).
  if ((view === 'relationship' || view === 'sidepanel') && id)
    return { view: 'relationship', id: decodeURIComponent(id) };
  if (view === 'activity') {
    const kind = reminderKinds.find((k) => k === id);
    return kind === undefined ? { view } : { view, kind };
  }
  if (view === 'suggestions' || view === 'connections' || view === 'settings') return { view };
  return { view: 'peers' };
}

export function tabRouteHash(route: TabRoute): string {
  if (route.view === 'activity' && route.kind) return `#activity/${route.kind}`;
  return route.view === 'relationship' ? `#relationship/${encodeURIComponent(route.id)}` : `#${route.view}`;
}

/**
 * Teams' deep link gives a sub-page (`subPageId`, the notification's `subEntityId`); the web app's
 * link gives the hash. The hash wins when both are there (the user has moved on since opening).
 */
export function useTabRoute(subPageId?: string): [TabRoute, (route: TabRoute, replace?: boolean) => void] {
  const [route, setRoute] = useState(() =>
    parseTabRoute(window.location.hash.length > 1 || !subPageId ? window.location.hash : subPageId),
  );
  useEffect(() => {
    const onChange = () => setRoute(parseTabRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: TabRoute, replace = false) => {
    // Opening the one relationship an activity link points at replaces it, so Back skips the hop.
    if (replace) {
      window.history.replaceState(null, '', tabRouteHash(next));
      setRoute(next);
    } else window.location.hash = tabRouteHash(next);
  }, []);
  return [route, navigate];
}
