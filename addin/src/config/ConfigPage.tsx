import {
  Body1,
  Link,
  Radio,
  RadioGroup,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { fetchRelationships } from '../api/relationships-api';
import { useApiResource } from '../api/use-api-resource';
import type { HostContext } from '../host/host-context';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { likelyRelationship } from './likely-relationship';

const useStyles = makeStyles({ page: { display: 'grid', gap: tokens.spacingVerticalM } });

/** The meeting tab's configuration: which peer relationship this meeting is for. */
export function ConfigPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { resource, retry } = useApiResource(fetchRelationships, []);
  const [selected, setSelected] = useState<string>();
  const selectedRef = useRef<string>(undefined);
  selectedRef.current = selected;
  const inTeams = host.kind !== 'browser';

  const items = resource.state === 'ready' ? resource.data.relationships.filter((r) => r.status !== 'ended') : [];

  useEffect(() => {
    if (resource.state === 'ready' && selected === undefined) {
      setSelected(likelyRelationship(resource.data.relationships, Date.now())?.id);
    }
  }, [resource, selected]);

  useEffect(() => {
    if (!inTeams) return;
    // teams-js is already loaded inside Teams (host detection); importing it here keeps it off the first load.
    void import('@microsoft/teams-js').then(({ pages }) =>
      pages.config.registerOnSaveHandler((event) => {
        const id = selectedRef.current;
        if (!id) return event.notifyFailure('Choose a relationship first.');
        const contentUrl = `${window.location.origin}/sidepanel.html?relationship=${encodeURIComponent(id)}`;
        pages.config
          .setConfig({
            entityId: `peer-1on1-${id}`,
            contentUrl,
            websiteUrl: contentUrl,
            suggestedDisplayName: 'Peer 1:1',
          })
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(String(error)),
          );
      }),
    );
  }, [inTeams]);

  useEffect(() => {
    if (inTeams)
      void import('@microsoft/teams-js').then(({ pages }) => pages.config.setValidityState(Boolean(selected)));
  }, [inTeams, selected]);

  return (
    <div className={styles.page}>
      <Subtitle1 block as="h1">
        Which peer 1:1 is this meeting for?
      </Subtitle1>
      {resource.state === 'loading' && (
        <Skeleton aria-label="Loading your peer 1:1s">
          <SkeletonItem />
          <SkeletonItem />
        </Skeleton>
      )}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (items.length === 0 ? (
          <Body1 block>You have no peer 1:1s yet. Start one from the Peers tab, then add the app to its meeting.</Body1>
        ) : (
          <RadioGroup
            aria-label="Your peer 1:1s"
            value={selected ?? ''}
            onChange={(_, data) => setSelected(data.value)}
          >
            {items.map((r) => (
              <Radio
                key={r.id}
                value={r.id}
                label={`${r.peer.displayName}${r.peer.department ? ` · ${r.peer.department}` : ''}`}
              />
            ))}
          </RadioGroup>
        ))}
      {!inTeams && selected && (
        <Link href={`sidepanel.html?relationship=${encodeURIComponent(selected)}`}>
          Open the side panel for this peer 1:1
        </Link>
      )}
    </div>
  );
}
