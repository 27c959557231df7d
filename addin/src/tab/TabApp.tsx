import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useState } from 'react';
import type { HostContext } from '../host/host-context';
import { useMessages } from '../i18n/use-messages';
import { preloadableLazy } from '../ui/lazy-body';
import { SignedInPage } from '../ui/SignedInPage';
import type { Booking } from './relationship/BookingNotice';
import { useTabRoute, type TabRoute } from './tab-route';

// Each view is its own chunk: the tab's first load carries only the shell and the view on screen.
const views = {
  peers: preloadableLazy(() => import('./views/MyPeersView')),
  suggestions: preloadableLazy(() => import('./views/SuggestionsView')),
  connections: preloadableLazy(() => import('./views/ConnectionsView')),
  relationship: preloadableLazy(() => import('./views/RelationshipView')),
  activity: preloadableLazy(() => import('./views/ActivityView')),
  settings: preloadableLazy(() => import('./views/TabSettingsView')),
} satisfies Record<TabRoute['view'], { preload(): Promise<unknown> }>;
const MyPeersView = views.peers.component;
const SuggestionsView = views.suggestions.component;
const ConnectionsView = views.connections.component;
const RelationshipView = views.relationship.component;
const ActivityView = views.activity.component;
const TabSettingsView = views.settings.component;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minHeight: '20rem',
    minWidth: 0,
    // Long words and URLs (a goal, a filter, a name) wrap instead of widening the frame.
    overflowWrap: 'anywhere',
  },
  nav: { overflowX: 'auto', maxWidth: '100%' },
});

type TopView = Exclude<TabRoute['view'], 'relationship'>;

export function TabApp({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t } = useMessages();
  const [route, navigate] = useTabRoute(host.subPageId);
  // The first view's chunk downloads while sign-in runs, so it renders as soon as the profile is in.
  useState(() => void views[route.view].preload());
  // The booking just made, confirmed on the relationship page it opens.
  const [booking, setBooking] = useState<{ id: string; booking: Booking }>();
  const selected = route.view === 'relationship' ? 'peers' : route.view;
  const openRelationship = (id: string, made?: Booking) => {
    setBooking(made ? { id, booking: made } : undefined);
    navigate({ view: 'relationship', id });
  };
  const openFromActivity = useCallback((id: string) => navigate({ view: 'relationship', id }, true), [navigate]);

  return (
    <SignedInPage host={host}>
      {(profile) => (
        <>
          <nav aria-label={t('tab.nav.label')} className={styles.nav}>
            <TabList selectedValue={selected} onTabSelect={(_, data) => navigate({ view: data.value as TopView })}>
              <Tab value="peers">{t('tab.nav.peers')}</Tab>
              <Tab value="suggestions">{t('tab.nav.suggestions')}</Tab>
              <Tab value="connections">{t('tab.nav.connections')}</Tab>
              <Tab value="settings">{t('tab.nav.settings')}</Tab>
              <Tab value="activity">{t('reminders.tab')}</Tab>
            </TabList>
          </nav>
          <section className={styles.panel} aria-live="polite">
            <Suspense fallback={<Spinner label={t('tab.loading')} />}>
              {route.view === 'peers' && (
                <MyPeersView
                  me={profile}
                  onOpen={openRelationship}
                  onFindPeers={() => navigate({ view: 'suggestions' })}
                />
              )}
              {route.view === 'suggestions' && <SuggestionsView selfId={profile.id} onStarted={openRelationship} />}
              {route.view === 'connections' && <ConnectionsView me={profile} />}
              {route.view === 'activity' && (
                <ActivityView
                  {...(route.kind ? { kind: route.kind } : {})}
                  onOpen={openFromActivity}
                  onShowAll={() => navigate({ view: 'activity' })}
                />
              )}
              {route.view === 'settings' && <TabSettingsView me={profile} />}
              {route.view === 'relationship' && (
                <RelationshipView
                  id={route.id}
                  me={profile}
                  booking={booking?.id === route.id ? booking.booking : undefined}
                  onBack={() => navigate({ view: 'peers' })}
                />
              )}
            </Suspense>
          </section>
        </>
      )}
    </SignedInPage>
  );
}
