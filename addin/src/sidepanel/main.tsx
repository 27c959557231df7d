import { Body1 } from '@fluentui/react-components';
import { useMessages } from '../i18n/use-messages';
import { lazyBody } from '../ui/lazy-body';
import { mountPage } from '../ui/mount';

// Page bodies load as their own chunks: the panel opens inside a meeting, where every second counts.
const SignedInPage = lazyBody(() => import('../ui/SignedInPage'), 'SignedInPage');
const SidePanel = lazyBody(() => import('./SidePanel'), 'SidePanel');

// The configurable tab saves `sidepanel.html?relationship=<id>` as its contentUrl; the demo uses the same URL.
const relationshipId = new URLSearchParams(window.location.search).get('relationship');

mountPage((host) => (
  <SignedInPage host={host} compact>
    {(profile) =>
      relationshipId ? <SidePanel relationshipId={relationshipId} me={profile} host={host} /> : <NotAttached />
    }
  </SignedInPage>
));

/** The panel opened without a relationship (the tab was added but not configured). */
function NotAttached() {
  const { t } = useMessages();
  return <Body1>{t('sidepanel.notAttached')}</Body1>;
}
