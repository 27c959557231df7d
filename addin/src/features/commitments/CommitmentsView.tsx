import { Button, Checkbox, Field, Input, Radio, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Commitment, PeerProfile } from '../../../../shared/relationships/relationship-schemas';
import { formatDate } from '../../../../shared/time';
import { useMessages } from '../../i18n/use-messages';
import { ProblemMessage } from '../problems/ProblemMessage';
import { FeatureSection, type FeatureFrame } from '../shared/FeatureSection';
import { MergeNoticeBar } from '../shared/MergeNoticeBar';
import { useKeptDraft } from '../shared/use-kept-draft';
import { useUndoToast } from '../undo';
import { useCommitments } from './use-commitments';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Open commitments both ways (tick when done) and new ones; the same on every surface. */
export function CommitmentsView({
  relationshipId,
  meId,
  peer,
  live = false,
  frame = 'card',
  readOnly = false,
}: {
  relationshipId: string;
  meId: string;
  peer: PeerProfile;
  live?: boolean;
  frame?: FeatureFrame;
  readOnly?: boolean;
}) {
  const styles = useStyles();
  const commitments = useCommitments(relationshipId, { live });
  const draft = useKeptDraft();
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [dueDate, setDueDate] = useState('');
  const shown = commitments.shown;
  const { t, formatLocale } = useMessages();
  const { offerUndo, undoToaster } = useUndoToast();

  // A due date is a calendar day, not an instant: shown at noon UTC, it reads the same in every zone.
  const due = (day: string) => formatDate(`${day}T12:00:00Z`, { locale: formatLocale, zone: 'UTC' }, Date.now());
  const tick = async (c: Commitment, done: boolean) => {
    if (await commitments.setDone(c, done))
      offerUndo({
        message: t(done ? 'commitments.doneUndo' : 'commitments.reopenedUndo'),
        undo: () => commitments.restoreStatus(c),
      });
  };

  const list = (items: Commitment[], label: string) =>
    items.length === 0 ? (
      <Text block>{t('commitments.noneOpen')}</Text>
    ) : (
      <ul className={styles.list} aria-label={label}>
        {items.map((c) => (
          <li key={c.id}>
            <Checkbox
              checked={commitments.isDone(c)}
              disabled={readOnly}
              label={c.dueDate ? t('commitments.itemDue', { text: c.text, due: due(c.dueDate) }) : c.text}
              onChange={(_, data) => void tick(c, Boolean(data.checked))}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <FeatureSection title={t('commitments.title')} headingId={`commitments-${relationshipId}`} frame={frame}>
      {undoToaster}
      {commitments.loadProblem && (
        <ProblemMessage problem={commitments.loadProblem} onRetry={() => void commitments.refresh()} />
      )}
      {commitments.actionProblem && <ProblemMessage problem={commitments.actionProblem} />}
      <MergeNoticeBar notice={commitments.notice} />
      {commitments.loaded && (
        <>
          <Text block weight="semibold">
            {t('commitments.mine')}
          </Text>
          {list(
            shown.filter((c) => c.owner === meId),
            t('commitments.mineLabel'),
          )}
          <Text block weight="semibold">
            {t('commitments.theirs', { name: peer.displayName })}
          </Text>
          {list(
            shown.filter((c) => c.owner !== meId),
            t('commitments.theirsLabel', { name: peer.displayName }),
          )}
        </>
      )}
      {!readOnly && (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void draft.submit(async (text) => {
              const added = await commitments.add({
                text,
                owner: owner === 'me' ? meId : peer.id,
                dueDate: dueDate || undefined,
              });
              if (added) setDueDate('');
              return added;
            });
          }}
        >
          <Field label={t('commitments.new')}>
            <Input value={draft.value} maxLength={500} onChange={(_, data) => draft.change(data.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('commitments.who')}>
              <ChoiceGroup
                layout="horizontal"
                value={owner}
                onChange={(_, data) => setOwner(data.value as 'me' | 'them')}
              >
                <Radio value="me" label={t('commitments.me')} />
                <Radio value="them" label={peer.displayName} />
              </ChoiceGroup>
            </Field>
            <Field label={t('commitments.due')}>
              <Input type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
            </Field>
            <Button type="submit" disabled={draft.empty}>
              {t('commitments.add')}
            </Button>
          </div>
        </form>
      )}
    </FeatureSection>
  );
}
