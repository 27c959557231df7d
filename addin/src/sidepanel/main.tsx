import { Body1 } from '@fluentui/react-components';
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
      relationshipId ? (
        <SidePanel relationshipId={relationshipId} me={profile} />
      ) : (
        <Body1>
          This meeting has no peer 1:1 attached yet. Add the Peer 1:1s app to the meeting and choose the relationship.
        </Body1>
      )
    }
  </SignedInPage>
));
