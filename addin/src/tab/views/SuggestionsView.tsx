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
import { goalLabel } from '../../../../shared/discovery/goals';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { fetchSuggestions } from '../../api/peers-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';

const StartPeerDialog = lazy(() => import('../dialogs/StartPeerDialog'));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  footer: { display: 'flex', justifyContent: 'flex-end', marginTop: 'auto' },
  card: { height: '100%' },
});

/** Ranked colleagues on other teams, each with the reasons the product suggests them. */
export default function SuggestionsView({ onStarted }: { onStarted: (relationshipId: string) => void }) {
  const styles = useStyles();
  const { resource, retry } = useApiResource(fetchSuggestions, []);
  const [starting, setStarting] = useState<PeerSuggestion>();

  if (resource.state === 'loading') {
    return (
      <Skeleton aria-label="Loading suggestions" className={styles.grid}>
        {[0, 1, 2].map((i) => (
          <SkeletonItem key={i} style={{ height: '10rem' }} />
        ))}
      </Skeleton>
    );
  }
  if (resource.state === 'error') return <ProblemMessage problem={resource.problem} onRetry={retry} />;

  const { suggestions } = resource.data;
  if (suggestions.length === 0) {
    return (
      <Body1>
        No suggestions right now. Suggestions come from the people you meet in small groups on other teams; check back
        after a few weeks of meetings.
      </Body1>
    );
  }
  return (
    <>
      <ul className={styles.grid} aria-label="Suggested peers">
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
              <ul className={styles.reasons} aria-label={`Why ${suggestion.user.displayName}`}>
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>
                    <Text size={200}>{reason}</Text>
                  </li>
                ))}
              </ul>
              <div className={styles.meta}>
                <Badge appearance="tint">Every {suggestion.cadenceWeeks} weeks</Badge>
                <Badge appearance="tint" color="informative">
                  {goalLabel(suggestion.goal)}
                </Badge>
              </div>
              <div className={styles.footer}>
                <Button
                  appearance="primary"
                  icon={<PeopleAddRegular />}
                  onClick={() => setStarting(suggestion)}
                  aria-label={`Start a peer 1:1 with ${suggestion.user.displayName}`}
                >
                  Start a peer 1:1
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      {starting && (
        <Suspense fallback={null}>
          <StartPeerDialog
            suggestion={starting}
            onClose={() => setStarting(undefined)}
            onStarted={(id) => {
              setStarting(undefined);
              onStarted(id);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
