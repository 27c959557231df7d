import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Profile } from '../../../shared/model/profile';
import { fetchProfile } from '../api/profile-api';
import { useApiResource } from '../api/use-api-resource';
import { draftOwner } from '../features/notes/draft-owner';
import { claimBrowser } from '../host/browser-owner';
import type { HostContext } from '../host/host-context';
import { useMessages } from '../i18n/use-messages';
import { Greeting, GreetingSkeleton } from './Greeting';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { SignOutButton } from './SignOutButton';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '72rem',
    margin: '0 auto',
    minWidth: 0,
  },
  compact: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  topCompact: { justifyContent: 'flex-end', marginBottom: `calc(-1 * ${tokens.spacingVerticalM})` },
});

/** A page that needs the signed-in person: loads the profile, greets them, then shows the page body. */
export function SignedInPage({
  host,
  children,
  compact = false,
}: {
  host: HostContext;
  children?: (profile: Profile) => ReactNode;
  /** Narrow surfaces (meeting side panel, compose pane): no greeting, tighter padding. */
  compact?: boolean;
}) {
  const styles = useStyles();
  const { t } = useMessages();
  const { resource, retry } = useApiResource(fetchProfile, []);
  const [signedOut, setSignedOut] = useState(false);
  const userId = resource.state === 'ready' ? resource.data.id : undefined;

  useEffect(() => {
    if (resource.state === 'ready') host.notifySuccess();
  }, [resource.state, host]);

  // A different person on this browser than last time: the previous person's drafts go first.
  useEffect(() => {
    if (userId) void draftOwner(userId).then((owner) => claimBrowser(localStorage, owner));
  }, [userId]);

  if (signedOut) {
    return (
      <main className={mergeClasses(styles.main, compact && styles.compact)}>
        <Body1>{t('shell.signedOut')}</Body1>
        <Button appearance="primary" onClick={() => window.location.reload()}>
          {t('shell.signInAgain')}
        </Button>
      </main>
    );
  }

  return (
    <main className={mergeClasses(styles.main, compact && styles.compact)}>
      {resource.state === 'loading' && !compact && <GreetingSkeleton />}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' && (
        <>
          <div className={mergeClasses(styles.top, compact && styles.topCompact)}>
            {!compact && <Greeting profile={resource.data} />}
            <SignOutButton userId={resource.data.id} onSignedOut={() => setSignedOut(true)} />
          </div>
          {children?.(resource.data)}
        </>
      )}
    </main>
  );
}
