import { Badge, Button, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api/api-client';
import { fetchNote, putNote } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { formatDate } from '../../ui/format-date';
import { SectionCard } from './SectionCard';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** My private notes about this relationship: nobody else, the peer included, can ever read them. */
export function NotesCard({ relationshipId }: { relationshipId: string }) {
  const styles = useStyles();
  const { resource, retry, setResource } = useApiResource(
    (signal) => fetchNote(relationshipId, undefined, signal),
    [relationshipId],
  );
  const [draft, setDraft] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (resource.state === 'ready' && draft === undefined) setDraft(resource.data.text);
  }, [resource, draft]);

  const save = async () => {
    if (resource.state !== 'ready' || draft === undefined) return;
    setSaving(true);
    setProblem(undefined);
    try {
      const saved = await putNote(relationshipId, undefined, resource.etag ?? '"0"', draft);
      setResource({ state: 'ready', data: saved.data, etag: saved.etag });
    } catch (error) {
      // 412: another window saved first. Keep this draft on screen; the newer text is in the message.
      if (error instanceof ApiProblem) setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  const dirty = resource.state === 'ready' && draft !== undefined && draft !== resource.data.text;
  return (
    <SectionCard
      title="My private notes"
      id={`notes-${relationshipId}`}
      extra={
        <Badge appearance="tint" color="important" icon={<LockClosedRegular />}>
          Private
        </Badge>
      }
    >
      <Caption1>Only you can read these notes. Your peer never sees them.</Caption1>
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {problem && <ProblemMessage problem={problem} />}
      {resource.state === 'ready' && (
        <>
          <Field label="Notes for yourself">
            <Textarea
              value={draft ?? ''}
              resize="vertical"
              rows={6}
              maxLength={20_000}
              onChange={(_, data) => setDraft(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void save()} disabled={!dirty || saving}>
              {saving ? 'Saving…' : 'Save notes'}
            </Button>
            <Caption1 aria-live="polite">
              {dirty
                ? 'Unsaved changes'
                : resource.data.updatedAt
                  ? `Saved ${formatDate(resource.data.updatedAt, true)}`
                  : ''}
            </Caption1>
          </div>
        </>
      )}
    </SectionCard>
  );
}
