import { lazyBody } from '../ui/lazy-body';
import { mountPage } from '../ui/mount';

const SignedInPage = lazyBody(() => import('../ui/SignedInPage'), 'SignedInPage');
const ConfigPage = lazyBody(() => import('./ConfigPage'), 'ConfigPage');

mountPage((host) => (
  <SignedInPage host={host} compact>
    {() => <ConfigPage host={host} />}
  </SignedInPage>
));
