import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Textarea,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { MessageId } from '../../i18n/messages.en-US';
import { useMessages } from '../../i18n/use-messages';
import { ProblemMessage } from '../problems/ProblemMessage';
import { FeatureSection, type FeatureFrame } from '../shared/FeatureSection';
import { useNote, type NoteState } from './use-note';

const statusText: Record<NoteState, MessageId> = {
  loading: 'notes.state.loading',
  'load-failed': 'notes.state.loadFailed',
  saved: 'notes.state.saved',
  unsaved: 'notes.state.unsaved',
  saving: 'notes.state.saving',
  retrying: 'notes.state.retrying',
  conflict: 'notes.state.conflict',
};

/** My private notes (for one meeting, or the relationship), the same on every surface. */
export function NotesView({
  relationshipId,
  meetingId,
  userId,
  frame = 'card',
}: {
  relationshipId: string;
  meetingId?: string | undefined;
  userId: string;
  frame?: FeatureFrame;
}) {
  const note = useNote({ relationshipId, meetingId, userId });
  const { t } = useMessages();
  const headingId = `notes-${relationshipId}-${meetingId ?? 'relationship'}`;
  return (
    <FeatureSection
      title={t('notes.title')}
      headingId={headingId}
      frame={frame}
      extra={
        <Badge appearance="tint" color="important" icon={<LockClosedRegular />}>
          {t('notes.private')}
        </Badge>
      }
    >
      <Caption1 block>{t('notes.privacy')}</Caption1>
      {note.state === 'load-failed' && note.problem && (
        <ProblemMessage problem={note.problem} onRetry={note.retryLoad} />
      )}
      {note.state === 'retrying' && note.problem && <ProblemMessage problem={note.problem} intent="warning" />}
      {note.state === 'conflict' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('notes.conflict', { theirs: note.theirs })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={note.keepMine}>{t('notes.keepMine')}</Button>
            <Button onClick={note.takeTheirs}>{t('notes.takeTheirs')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {note.state === 'loading' && (
        <Skeleton aria-label={t('notes.loading')}>
          <SkeletonItem style={{ height: '6rem' }} />
        </Skeleton>
      )}
      {note.state !== 'load-failed' && note.state !== 'loading' && (
        <>
          <Field label={t(meetingId ? 'notes.forMeeting' : 'notes.forRelationship')}>
            <Textarea
              value={note.text}
              rows={6}
              resize="vertical"
              maxLength={20_000}
              onChange={(_, data) => note.edit(data.value)}
            />
          </Field>
          <Caption1 aria-live="polite" data-testid="notes-status">
            {t(statusText[note.state])}
          </Caption1>
        </>
      )}
    </FeatureSection>
  );
}
