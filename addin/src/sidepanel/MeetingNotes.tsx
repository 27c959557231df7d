import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { privateNoteSchema } from '../../../shared/relationships/relationship-schemas';
import { ApiProblem } from '../api/api-client';
import { fetchNote, putNote } from '../api/relationships-api';

const SAVE_AFTER_MS = 800;
const MAX_RETRY_MS = 10_000;

type SaveState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'retrying' | 'conflict';

const useStyles = makeStyles({
  title: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * My private notes for this meeting, saved as I type. A draft also lives in this browser until the
 * server has it, so a reload or a network blip loses nothing; failed saves retry with the same text.
 */
export function MeetingNotes({
  relationshipId,
  meetingId,
}: {
  relationshipId: string;
  meetingId?: string | undefined;
}) {
  const styles = useStyles();
  const draftKey = `peer1on1s.note.${relationshipId}.${meetingId ?? 'relationship'}`;
  const [text, setText] = useState('');
  const [state, setState] = useState<SaveState>('loading');
  const [conflict, setConflict] = useState<string>();
  const etag = useRef('"0"');
  const saved = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const attempt = useRef(0);

  useEffect(() => {
    let live = true;
    void fetchNote(relationshipId, meetingId).then(
      ({ data, etag: tag }) => {
        if (!live) return;
        etag.current = tag ?? '"0"';
        saved.current = data.text;
        const draft = localStorage.getItem(draftKey);
        setText(draft ?? data.text);
        setState(draft !== null && draft !== data.text ? 'unsaved' : 'saved');
      },
      () => live && setState('retrying'),
    );
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [relationshipId, meetingId, draftKey]);

  const save = async (content: string) => {
    setState('saving');
    try {
      const answer = await putNote(relationshipId, meetingId, etag.current, content);
      etag.current = answer.etag ?? etag.current;
      saved.current = content;
      attempt.current = 0;
      if (localStorage.getItem(draftKey) === content) localStorage.removeItem(draftKey);
      setState((current) => (current === 'saving' ? 'saved' : current));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        // Saved from another window meanwhile: show that text, keep this draft, let the person choose.
        const current = privateNoteSchema.safeParse(error.problem.current);
        etag.current = error.etag ?? etag.current;
        setConflict(current.success ? current.data.text : '');
        setState('conflict');
        return;
      }
      // Network or server trouble: try again with exactly the same content, backing off.
      setState('retrying');
      attempt.current += 1;
      timer.current = setTimeout(() => void save(content), Math.min(MAX_RETRY_MS, 1000 * 2 ** attempt.current));
    }
  };

  useEffect(() => {
    if (state !== 'unsaved') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(text), SAVE_AFTER_MS);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, state]);

  const status: Record<SaveState, string> = {
    loading: 'Loading…',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    saving: 'Saving…',
    retrying: 'Not saved yet: retrying…',
    conflict: 'Not saved: changed in another window',
  };

  return (
    <section aria-labelledby="notes-heading">
      <div className={styles.title}>
        <Subtitle2 block as="h2" id="notes-heading">
          My private notes
        </Subtitle2>
        <Badge appearance="tint" color="important" icon={<LockClosedRegular />}>
          Private
        </Badge>
      </div>
      <Caption1 block>Only you can read these. Your peer never sees them.</Caption1>
      {state === 'conflict' && (
        <MessageBar intent="warning">
          <MessageBarBody>These notes were saved from another window: “{conflict}”.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save(text)}>Keep mine</Button>
            <Button
              onClick={() => {
                setText(conflict ?? '');
                saved.current = conflict ?? '';
                localStorage.removeItem(draftKey);
                setState('saved');
              }}
            >
              Use the saved text
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field label="Notes for this meeting">
        <Textarea
          value={text}
          rows={6}
          resize="vertical"
          maxLength={20_000}
          disabled={state === 'loading'}
          onChange={(_, data) => {
            setText(data.value);
            localStorage.setItem(draftKey, data.value);
            if (state !== 'conflict') setState(data.value === saved.current ? 'saved' : 'unsaved');
          }}
        />
      </Field>
      <Caption1 aria-live="polite" data-testid="notes-status">
        {status[state]}
      </Caption1>
    </section>
  );
}
