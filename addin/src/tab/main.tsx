import { Body1 } from '@fluentui/react-components';
import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';

mountPage((host) => (
  <SignedInPage host={host}>
    {() => <Body1>Peer 1:1s helps you keep regular, candid conversations with colleagues on other teams.</Body1>}
  </SignedInPage>
));
