import { Body1 } from '@fluentui/react-components';
import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';

mountPage((host) => (
  <SignedInPage host={host}>
    {() => <Body1>Your goal, agenda, notes and commitments for this peer 1:1 appear here during the meeting.</Body1>}
  </SignedInPage>
));
