import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';
import { ComposePane } from './ComposePane';

mountPage((host) => (
  <SignedInPage host={host} compact>
    {(profile) => <ComposePane me={profile} />}
  </SignedInPage>
));
