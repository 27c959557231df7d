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
import { ProblemMessage } from '../problems/ProblemMessage';
import { FeatureSection, type FeatureFrame } from '../shared/FeatureSection';
import { useNote, type NoteState } from './use-note';

const statusText: Record<NoteState, string> = {
  loading: 'Loading…',
  'load-failed': 'Not loaded',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  retrying: 'Not saved yet: retrying…',
  conflict: 'Not saved: changed in another window',
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
  const headingId = `notes-${relationshipId}-${meetingId ?? 'relationship'}`;
  return (
    <FeatureSection
      title="My private notes"
      headingId={headingId}
      frame={frame}
      extra={
        <Badge appearance="tint" color="important" icon={<LockClosedRegular />}>
          Private
        </Badge>
      }
    >
      <Caption1 block>Only you can read these. Your peer never sees them.</Caption1>
      {note.state === 'load-failed' && note.problem && (
        <ProblemMessage problem={note.problem} onRetry={note.retryLoad} />
      )}
      {note.state === 'retrying' && note.problem && <ProblemMessage problem={note.problem} intent="warning" />}
      {note.state === 'conflict' && (
        <MessageBar intent="warning">
          <MessageBarBody>These notes were saved from another window: “{note.theirs}”.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={note.keepMine}>Keep mine</Button>
            <Button onClick={note.takeTheirs}>Use the saved text</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {note.state === 'loading' && (
        <Skeleton aria-label="Loading your notes">
          <SkeletonItem style={{ height: '6rem' }} />
        </Skeleton>
      )}
      {note.state !== 'load-failed' && note.state !== 'loading' && (
        <>
          <Field label={meetingId ? 'Notes for this meeting' : 'Notes for yourself'}>
            <Textarea
              value={note.text}
              rows={6}
              resize="vertical"
              maxLength={20_000}
              onChange={(_, data) => note.edit(data.value)}
            />
          </Field>
          <Caption1 aria-live="polite" data-testid="notes-status">
            {statusText[note.state]}
          </Caption1>
        </>
      )}
    </FeatureSection>
  );
}
