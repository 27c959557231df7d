import { Badge, Body1, makeStyles, tokens } from '@fluentui/react-components';
import { fetchMeetings } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { formatDate } from '../../ui/format-date';
import { FeatureSection } from '../../features/shared/FeatureSection';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Every meeting of the pair, newest first: held, upcoming or missed. */
export function MeetingsTimeline({ relationshipId }: { relationshipId: string }) {
  const styles = useStyles();
  const { resource, retry } = useApiResource((signal) => fetchMeetings(relationshipId, signal), [relationshipId]);
  const now = Date.now();
  return (
    <FeatureSection title="Meetings" headingId={`meetings-${relationshipId}`}>
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (resource.data.meetings.length === 0 ? (
          <Body1>No meetings yet.</Body1>
        ) : (
          <ol className={styles.list} aria-label="Meetings, newest first">
            {[...resource.data.meetings].reverse().map((m) => {
              const upcoming = !m.held && Date.parse(m.end) >= now;
              return (
                <li key={m.id} className={styles.item}>
                  <Body1>{formatDate(m.start, true)}</Body1>
                  {m.held ? (
                    <Badge color="success" appearance="tint">
                      Held{m.myRating ? ` · you rated it ${m.myRating}/5` : ''}
                    </Badge>
                  ) : upcoming ? (
                    <Badge color="brand" appearance="tint">
                      Upcoming
                    </Badge>
                  ) : (
                    <Badge color="warning" appearance="tint">
                      Not recorded as held
                    </Badge>
                  )}
                </li>
              );
            })}
          </ol>
        ))}
    </FeatureSection>
  );
}
