import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback } from 'react';
import type { HostContext } from '../host/host-context';
import { useMessages } from '../i18n/use-messages';
import { SignedInPage } from '../ui/SignedInPage';
import { useTabRoute } from './tab-route';

// Each view is its own chunk: the tab's first load carries only the shell and the view on screen.
const MyPeersView = lazy(() => import('./views/MyPeersView'));
const SuggestionsView = lazy(() => import('./views/SuggestionsView'));
const ConnectionsView = lazy(() => import('./views/ConnectionsView'));
const RelationshipView = lazy(() => import('./views/RelationshipView'));
const ActivityView = lazy(() => import('./views/ActivityView'));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minHeight: '20rem' },
});

export function TabApp({ host }: { host: HostContext }) {
  const styles = useStyles();
  const [route, navigate] = useTabRoute(host.subPageId);
  const selected = route.view === 'relationship' ? 'peers' : route.view;
  const openRelationship = (id: string) => navigate({ view: 'relationship', id });
  const { t } = useMessages();
  const openFromActivity = useCallback((id: string) => navigate({ view: 'relationship', id }, true), [navigate]);

  return (
    <SignedInPage host={host}>
      {(profile) => (
        <>
          <nav aria-label="Peer 1:1s">
            <TabList
              selectedValue={selected}
              onTabSelect={(_, data) =>
                navigate({ view: data.value as 'peers' | 'suggestions' | 'connections' | 'activity' })
              }
            >
              <Tab value="peers">My peers</Tab>
              <Tab value="suggestions">Suggestions</Tab>
              <Tab value="connections">Connections</Tab>
              <Tab value="activity">{t('reminders.tab')}</Tab>
            </TabList>
          </nav>
          <section className={styles.panel} aria-live="polite">
            <Suspense fallback={<Spinner label="Loading" />}>
              {route.view === 'peers' && <MyPeersView me={profile} onOpen={openRelationship} />}
              {route.view === 'suggestions' && <SuggestionsView onStarted={openRelationship} />}
              {route.view === 'connections' && <ConnectionsView me={profile} />}
              {route.view === 'activity' && (
                <ActivityView
                  {...(route.kind ? { kind: route.kind } : {})}
                  onOpen={openFromActivity}
                  onShowAll={() => navigate({ view: 'activity' })}
                />
              )}
              {route.view === 'relationship' && (
                <RelationshipView id={route.id} me={profile} onBack={() => navigate({ view: 'peers' })} />
              )}
            </Suspense>
          </section>
        </>
      )}
    </SignedInPage>
  );
}
