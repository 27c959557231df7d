import { Badge, Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { meetingStanding } from '../../../../shared/relationships/meeting-timeline';
import { useState } from 'react';
import { formatDateTime } from '../../../../shared/time';
import { fetchMeetings } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { NotesView } from '../../features/notes/NotesView';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { FeatureSection } from '../../features/shared/FeatureSection';
import { useMessages } from '../../i18n/use-messages';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  item: { display: 'grid', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * Every meeting of the pair, newest first (held, upcoming or not recorded), each with the caller's
 * private notes for it: the same notes feature, keyed by meeting, as the side panel writes.
 */
export function MeetingsTimeline({ relationshipId, userId }: { relationshipId: string; userId: string }) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const { resource, retry } = useApiResource((signal) => fetchMeetings(relationshipId, signal), [relationshipId]);
  const [open, setOpen] = useState<string>();
  const now = Date.now();
  return (
    <FeatureSection title={t('tab.meetings.title')} headingId={`meetings-${relationshipId}`}>
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (resource.data.meetings.length === 0 ? (
          <Body1>{t('tab.meetings.none')}</Body1>
        ) : (
          <ol className={styles.list} aria-label={t('tab.meetings.listLabel')}>
            {[...resource.data.meetings].reverse().map((m) => {
              const standing = meetingStanding(m, now);
              const when = formatDateTime(m.start, timeView, now);
              return (
                <li key={m.id} className={styles.item}>
                  <div className={styles.line}>
                    <Body1>{when}</Body1>
                    {standing === 'held' ? (
                      <Badge color="success" appearance="tint">
                        {m.myRating ? t('tab.meetings.heldRated', { rating: m.myRating }) : t('tab.meetings.held')}
                      </Badge>
                    ) : standing === 'upcoming' ? (
                      <Badge color="brand" appearance="tint">
                        {t('tab.meetings.upcoming')}
                      </Badge>
                    ) : (
                      <Badge color="warning" appearance="tint">
                        {t('tab.meetings.notRecorded')}
                      </Badge>
                    )}
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-expanded={open === m.id}
                      onClick={() => setOpen(open === m.id ? undefined : m.id)}
                      aria-label={t('tab.meetings.notesFor', {
                        action: open === m.id ? t('tab.meetings.hideNotes') : t('tab.meetings.showNotes'),
                        when,
                      })}
                    >
                      {open === m.id ? t('tab.meetings.hideNotes') : t('tab.meetings.showNotes')}
                    </Button>
                  </div>
                  {open === m.id && <NotesView relationshipId={relationshipId} meetingId={m.id} userId={userId} />}
                </li>
              );
            })}
          </ol>
        ))}
    </FeatureSection>
  );
}
