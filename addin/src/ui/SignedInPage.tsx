import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { Profile } from '../../../shared/model/profile';
import { fetchProfile } from '../api/profile-api';
import { useApiResource } from '../api/use-api-resource';
import type { HostContext } from '../host/host-context';
import { Greeting, GreetingSkeleton } from './Greeting';
import { ProblemMessage } from '../features/problems/ProblemMessage';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '72rem',
    margin: '0 auto',
  },
  compact: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
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
  const { resource, retry } = useApiResource(fetchProfile, []);

  useEffect(() => {
    if (resource.state === 'ready') host.notifySuccess();
  }, [resource.state, host]);

  return (
    <main className={mergeClasses(styles.main, compact && styles.compact)}>
      {resource.state === 'loading' && !compact && <GreetingSkeleton />}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' && (
        <>
          {!compact && <Greeting profile={resource.data} />}
          {children?.(resource.data)}
        </>
      )}
    </main>
  );
}
