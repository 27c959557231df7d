import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';
import { ConfigPage } from './ConfigPage';

mountPage((host) => (
  <SignedInPage host={host} compact>
    {() => <ConfigPage host={host} />}
  </SignedInPage>
));
