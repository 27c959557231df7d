import { Button } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { draftOwner } from '../features/notes/draft-owner';
import { signOut } from '../host/sign-out';
import { useMessages } from '../i18n/use-messages';

/** "Sign out" on every page (a store rule for meeting extensions); it also clears local drafts. */
export function SignOutButton({ userId, onSignedOut }: { userId: string; onSignedOut: () => void }) {
  const { t } = useMessages();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if ((await signOut(await draftOwner(userId))) === 'signed-out') onSignedOut();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button appearance="subtle" size="small" icon={<SignOutRegular />} disabled={busy} onClick={() => void run()}>
      {t('shell.signOut')}
    </Button>
  );
}
