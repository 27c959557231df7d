import {
  Badge,
  Body1,
  Button,
  Caption1,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { goalText, healthText } from '../../i18n/domain-text';
import { healthReasonText } from '../../i18n/health-reason';
import { useMessages } from '../../i18n/use-messages';
import type { Profile } from '../../../../shared/model/profile';
import { fetchRelationship } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { AgendaView } from '../../features/agenda/AgendaView';
import { CommitmentsView } from '../../features/commitments/CommitmentsView';
import { NotesView } from '../../features/notes/NotesView';
import { MeetingsTimeline } from '../relationship/MeetingsTimeline';
import { BookingNotice, type Booking } from '../relationship/BookingNotice';
import { ScheduleCard } from '../relationship/ScheduleCard';
import { SettingsCard } from '../relationship/SettingsCard';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(22rem, 100%), 1fr))',
    alignItems: 'start',
  },
});

/** One peer relationship: meetings, commitments both ways, the shared agenda, my private notes, settings. */
export default function RelationshipView({
  id,
  me,
  booking,
  onBack,
}: {
  id: string;
  me: Profile;
  /** The booking just made for this relationship, confirmed at the top. */
  booking?: Booking | undefined;
  onBack: () => void;
}) {
  const styles = useStyles();
  const tr = useMessages();
  const { t } = tr;
  const [booked, setBooked] = useState(booking);
  const { resource, retry, setResource } = useApiResource((signal) => fetchRelationship(id, signal), [id]);

  return (
    <>
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {t('tab.nav.peers')}
        </Button>
      </div>
      {resource.state === 'loading' && (
        <Skeleton aria-label={t('tab.relationship.loading')}>
          <SkeletonItem size={32} style={{ width: '20rem' }} />
          <SkeletonItem style={{ height: '12rem', marginTop: 12 }} />
        </Skeleton>
      )}
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (() => {
          const rel = resource.data;
          const etag = resource.etag ?? '';
          const ended = rel.status === 'ended';
          return (
            <>
              <header className={styles.header}>
                <Subtitle1 as="h2">{t('tab.relationship.title', { name: rel.peer.displayName })}</Subtitle1>
                <Caption1>{[rel.peer.department, rel.peer.jobTitle].filter(Boolean).join(' · ')}</Caption1>
                <div className={styles.badges}>
                  <Badge appearance="tint">{goalText(t, rel.goal)}</Badge>
                  <Badge appearance="tint">{t('settings.cadence.every', { weeks: rel.cadenceWeeks })}</Badge>
                  {rel.status === 'active' ? (
                    <Badge
                      appearance="filled"
                      color={
                        rel.health === 'overdue'
                          ? 'danger'
                          : rel.health === 'due-soon'
                            ? 'warning'
                            : rel.health === 'on-track'
                              ? 'success'
                              : 'informative'
                      }
                      data-testid="health-badge"
                    >
                      {healthText(t, rel.health)}
                    </Badge>
                  ) : (
                    <Badge appearance="outline" data-testid="health-badge">
                      {rel.status === 'invited'
                        ? rel.pendingWith === me.id
                          ? t('tab.relationship.waitingForYou')
                          : t('tab.relationship.waitingFor', { name: rel.peer.displayName })
                        : rel.status === 'paused'
                          ? t('tab.peers.paused')
                          : rel.answer === 'not-now'
                            ? t('tab.peers.notNow')
                            : t('tab.peers.ended')}
                    </Badge>
                  )}
                  <Body1>{healthReasonText(tr, rel, Date.now())}</Body1>
                </div>
              </header>
              {booked && <BookingNotice booking={booked} />}
              <div className={styles.grid}>
                {!ended && !rel.nextMeetingAt && (
                  <ScheduleCard
                    relationship={rel}
                    selfId={me.id}
                    onScheduled={(made) => {
                      setBooked(made);
                      retry();
                    }}
                  />
                )}
                <CommitmentsView relationshipId={id} meId={me.id} peer={rel.peer} readOnly={ended} />
                <AgendaView relationshipId={id} title={t('tab.relationship.agendaTitle')} readOnly={ended} />
                <NotesView relationshipId={id} userId={me.id} />
                <MeetingsTimeline relationshipId={id} userId={me.id} />
                <SettingsCard
                  relationship={rel}
                  etag={etag}
                  onSaved={(data, nextEtag) => setResource({ state: 'ready', data, etag: nextEtag })}
                />
              </div>
            </>
          );
        })()}
    </>
  );
}
