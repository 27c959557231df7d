import { Body1, Link, Radio, Skeleton, SkeletonItem, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { fetchRelationships } from '../api/relationships-api';
import { useApiResource } from '../api/use-api-resource';
import type { HostContext } from '../host/host-context';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { useMessages } from '../i18n/use-messages';
import { likelyRelationship } from './likely-relationship';
import { ChoiceGroup } from '../ui/ChoiceGroup';

const useStyles = makeStyles({ page: { display: 'grid', gap: tokens.spacingVerticalM } });

/** The meeting tab's configuration: which peer relationship this meeting is for. */
export function ConfigPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t } = useMessages();
  const words = useRef({ chooseFirst: '', tabName: '' });
  words.current = { chooseFirst: t('config.chooseFirst'), tabName: t('config.tabName') };
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
        if (!id) return event.notifyFailure(words.current.chooseFirst);
        const contentUrl = `${window.location.origin}/sidepanel.html?relationship=${encodeURIComponent(id)}`;
        pages.config
          .setConfig({
            entityId: `peer-1on1-${id}`,
            contentUrl,
            websiteUrl: contentUrl,
            suggestedDisplayName: words.current.tabName,
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
        {t('config.title')}
      </Subtitle1>
      {resource.state === 'loading' && (
        <Skeleton aria-label={t('config.loading')}>
          <SkeletonItem />
          <SkeletonItem />
        </Skeleton>
      )}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (items.length === 0 ? (
          <Body1 block>{t('config.empty')}</Body1>
        ) : (
          <ChoiceGroup
            aria-label={t('config.listLabel')}
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
          </ChoiceGroup>
        ))}
      {!inTeams && selected && (
        <Link href={`sidepanel.html?relationship=${encodeURIComponent(selected)}`}>{t('config.open')}</Link>
      )}
    </div>
  );
}
