import { Body1 } from '@fluentui/react-components';
import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';
import { SidePanel } from './SidePanel';

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
