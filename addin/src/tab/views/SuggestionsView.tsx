import {
  Avatar,
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PeopleAddRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { dismissSuggestion, fetchSuggestions, undoSuggestionDismissal } from '../../api/peers-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { useUndoToast } from '../../features/undo';
import { goalText } from '../../i18n/domain-text';
import { suggestionReasonText } from '../../i18n/suggestion-reason-text';
import { useMessages } from '../../i18n/use-messages';
import type { Booking } from '../relationship/BookingNotice';
import { PeopleSearch } from './PeopleSearch';

const StartPeerDialog = lazy(() => import('../dialogs/StartPeerDialog'));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(20rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  footer: {
    display: 'flex',
    justifyContent: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: 'auto',
  },
  card: { height: '100%' },
});

/** Ranked colleagues on other teams, each with the reasons the product suggests them. */
export default function SuggestionsView({
  selfId,
  onStarted,
}: {
  selfId: string;
  onStarted: (relationshipId: string, booking?: Booking) => void;
}) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const { resource, retry } = useApiResource(fetchSuggestions, []);
  const [starting, setStarting] = useState<PeerSuggestion>();
  // Dismissed here: hidden at once, and through the API for 90 days (private).
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const dismissal = useAction();
  const { offerUndo, undoToaster } = useUndoToast();
  const setHiddenId = (id: string, hide: boolean) =>
    setHidden((now) => {
      const next = new Set(now);
      if (hide) next.add(id);
      else next.delete(id);
      return next;
    });
  const notInterested = (suggestion: PeerSuggestion) =>
    void dismissal.run(async () => {
      await dismissSuggestion(suggestion.user.id);
      setHiddenId(suggestion.user.id, true);
      offerUndo({
        message: t('tab.suggestions.dismissed', { name: suggestion.user.displayName }),
        undo: async () => {
          await undoSuggestionDismissal(suggestion.user.id);
          setHiddenId(suggestion.user.id, false);
        },
      });
    });

  // Starting with someone found by name opens the same dialog as a suggestion.
  const dialog = starting && (
    <Suspense fallback={null}>
      <StartPeerDialog
        suggestion={starting}
        selfId={selfId}
        onClose={() => setStarting(undefined)}
        onStarted={(id, booking) => {
          setStarting(undefined);
          onStarted(id, booking);
        }}
      />
    </Suspense>
  );
  const search = <PeopleSearch onStart={setStarting} />;

  if (resource.state === 'loading') {
    return (
      <Skeleton aria-label={t('tab.suggestions.loading')} className={styles.grid}>
        {[0, 1, 2].map((i) => (
          <SkeletonItem key={i} style={{ height: '10rem' }} />
        ))}
      </Skeleton>
    );
  }
  if (resource.state === 'error')
    return (
      <>
        <ProblemMessage problem={resource.problem} onRetry={retry} />
        {search}
        {dialog}
      </>
    );

  const suggestions = resource.data.suggestions.filter((s) => !hidden.has(s.user.id));
  if (suggestions.length === 0) {
    return (
      <>
        <Body1>{t('tab.suggestions.empty')}</Body1>
        {search}
        {undoToaster}
        {dialog}
      </>
    );
  }
  return (
    <>
      {undoToaster}
      {dismissal.problem && <ProblemMessage problem={dismissal.problem} />}
      <ul className={styles.grid} aria-label={t('tab.suggestions.listLabel')}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.user.id}>
            <Card className={styles.card}>
              <CardHeader
                image={<Avatar name={suggestion.user.displayName} color="colorful" aria-hidden />}
                header={<Subtitle2 as="h3">{suggestion.user.displayName}</Subtitle2>}
                description={
                  <Caption1>
                    {[suggestion.user.department, suggestion.user.jobTitle].filter(Boolean).join(' · ')}
                  </Caption1>
                }
              />
              <ul
                className={styles.reasons}
                aria-label={t('tab.suggestions.why', { name: suggestion.user.displayName })}
              >
                {(
                  suggestion.reasonFacts?.map((fact) => suggestionReasonText(t, fact, timeView.locale)) ??
                  suggestion.reasons
                ).map((reason) => (
                  <li key={reason}>
                    <Text size={200}>{reason}</Text>
                  </li>
                ))}
              </ul>
              <div className={styles.meta}>
                <Badge appearance="tint">{t('settings.cadence.every', { weeks: suggestion.cadenceWeeks })}</Badge>
                <Badge appearance="tint" color="informative">
                  {goalText(t, suggestion.goal)}
                </Badge>
              </div>
              <div className={styles.footer}>
                <Button
                  appearance="subtle"
                  disabled={dismissal.busy}
                  onClick={() => notInterested(suggestion)}
                  aria-label={t('tab.suggestions.notInterestedNamed', { name: suggestion.user.displayName })}
                >
                  {t('tab.suggestions.notInterested')}
                </Button>
                <Button
                  appearance="primary"
                  icon={<PeopleAddRegular />}
                  onClick={() => setStarting(suggestion)}
                  aria-label={t('tab.suggestions.startNamed', { name: suggestion.user.displayName })}
                >
                  {t('tab.suggestions.start')}
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      {search}
      {dialog}
    </>
  );
}
