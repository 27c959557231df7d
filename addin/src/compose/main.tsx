import { lazyBody } from '../ui/lazy-body';
import { mountPage } from '../ui/mount';

const SignedInPage = lazyBody(() => import('../ui/SignedInPage'), 'SignedInPage');
const ComposePane = lazyBody(() => import('./ComposePane'), 'ComposePane');

mountPage((host) => (
  <SignedInPage host={host} compact>
    {(profile) => <ComposePane me={profile} />}
  </SignedInPage>
));
