import {
  Body1,
  Divider,
  Link,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { HostContext } from '../host/host-context';
import type { Profile } from '../../../shared/model/profile';
import type { Meeting } from '../../../shared/relationships/relationship-schemas';
import { fetchMeetings, fetchRelationship } from '../api/relationships-api';
import { useApiResource } from '../api/use-api-resource';
import { AgendaView } from '../features/agenda/AgendaView';
import { CommitmentsView } from '../features/commitments/CommitmentsView';
import { NotesView } from '../features/notes/NotesView';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { ChangeSignalContext } from '../features/shared/change-signal-context';
import { formatDateTime } from '../../../shared/time';
import { useMessages } from '../i18n/use-messages';
import { ClosingRating } from './ClosingRating';
import { PromptsSection } from './PromptsSection';
import { currentMeeting } from '../../../shared/relationships/meeting-timeline';
import { usePanelSignal } from './use-panel-signal';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
});

/** Everything both peers need during the 1:1, in the narrow meeting side panel. */
export function SidePanel({ relationshipId, me, host }: { relationshipId: string; me: Profile; host: HostContext }) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  const loaded = useApiResource(
    async (signal) => {
      const [relationship, meetings] = await Promise.all([
        fetchRelationship(relationshipId, signal),
        fetchMeetings(relationshipId, signal),
      ]);
      return { data: { relationship: relationship.data, meetings: meetings.data.meetings }, etag: null };
    },
    [relationshipId],
  );
  const [updated, setUpdated] = useState<Meeting>();
  const meeting = useMemo(() => {
    if (loaded.resource.state !== 'ready') return undefined;
    const found = currentMeeting(loaded.resource.data.meetings, Date.now());
    return updated && found && updated.id === found.id ? updated : found;
  }, [loaded.resource, updated]);
  const endsAt = meeting ? Date.parse(meeting.end) : undefined;
  const signal = usePanelSignal(host, relationshipId, endsAt);
  const slot = useMemo(() => ({ signal }), [signal]);

  if (loaded.resource.state === 'loading') {
    return (
      <Skeleton aria-label={t('sidepanel.loading')}>
        <SkeletonItem size={24} />
        <SkeletonItem style={{ height: '8rem', marginTop: 8 }} />
      </Skeleton>
    );
  }
  if (loaded.resource.state === 'error')
    return <ProblemMessage problem={loaded.resource.problem} onRetry={loaded.retry} />;
  const { relationship } = loaded.resource.data;
  const ended = relationship.status === 'ended';
  return (
    <ChangeSignalContext.Provider value={slot}>
      <div className={styles.panel}>
        <header>
          <Subtitle1 block as="h1">
            {t('sidepanel.title', { name: relationship.peer.displayName })}
          </Subtitle1>
          <Body1 block as="p">
            {meeting
              ? t('sidepanel.meetingOf', { when: formatDateTime(meeting.start, timeView, Date.now()) })
              : t('sidepanel.noMeeting')}
          </Body1>
        </header>
        <PromptsSection
          relationshipId={relationshipId}
          goal={relationship.goal}
          goalNote={relationship.goalNote}
          meetingId={meeting?.id}
        />
        <Divider />
        <CommitmentsView
          relationshipId={relationshipId}
          meId={me.id}
          peer={relationship.peer}
          live
          frame="plain"
          readOnly={ended}
        />
        <Divider />
        <AgendaView relationshipId={relationshipId} live frame="plain" readOnly={ended} />
        <Divider />
        <NotesView relationshipId={relationshipId} meetingId={meeting?.id} userId={me.id} frame="plain" />
        {meeting && (
          <>
            <Divider />
            <ClosingRating relationshipId={relationshipId} meeting={meeting} onSaved={setUpdated} />
          </>
        )}
        <Link href={`tab.html#relationship/${encodeURIComponent(relationshipId)}`} target="_blank">
          {t('sidepanel.openInTab')}
        </Link>
      </div>
    </ChangeSignalContext.Provider>
  );
}
