import { Body1 } from '@fluentui/react-components';
import { SignedInPage } from '../ui/SignedInPage';
import { mountPage } from '../ui/mount';

mountPage((host) => (
  <SignedInPage host={host}>{() => <Body1>Pick a peer and a time that suits both calendars.</Body1>}</SignedInPage>
));
