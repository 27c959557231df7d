import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMessages } from '../../i18n/use-messages';
import { ProblemMessage } from '../problems/ProblemMessage';
import { FeatureSection, type FeatureFrame } from '../shared/FeatureSection';
import { MergeNoticeBar } from '../shared/MergeNoticeBar';
import { useKeptDraft } from '../shared/use-kept-draft';
import { useUndoToast } from '../undo';
import { useAgenda } from './use-agenda';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  text: { flexGrow: 1, minWidth: 0 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: 0 },
});

/** The shared agenda: both peers add, reorder and tick items; the other's changes arrive by refresh. */
export function AgendaView({
  relationshipId,
  live = false,
  frame = 'card',
  title,
  readOnly = false,
}: {
  relationshipId: string;
  /** Re-read every few seconds (during the meeting); otherwise now and then. */
  live?: boolean;
  frame?: FeatureFrame;
  title?: string;
  /** Ended relationships: the agenda stays readable, nothing changes. */
  readOnly?: boolean;
}) {
  const styles = useStyles();
  const agenda = useAgenda(relationshipId, { live });
  const draft = useKeptDraft();
  const { t } = useMessages();
  const { offerUndo, undoToaster } = useUndoToast();
  const items = agenda.items;

  const remove = async (item: (typeof items)[number]) => {
    if (await agenda.remove(item)) offerUndo({ message: t('agenda.removed'), undo: () => agenda.restore(item) });
  };

  return (
    <FeatureSection title={title ?? t('agenda.title')} headingId={`agenda-${relationshipId}`} frame={frame}>
      {undoToaster}
      {agenda.loadProblem && <ProblemMessage problem={agenda.loadProblem} onRetry={() => void agenda.refresh()} />}
      {agenda.actionProblem && <ProblemMessage problem={agenda.actionProblem} />}
      <MergeNoticeBar notice={agenda.notice} />
      {agenda.loaded && items.length === 0 && <Text>{t('agenda.empty')}</Text>}
      <ol className={styles.list} aria-label={t('agenda.listLabel')}>
        {items.map((item, index) => (
          <li key={item.id} className={styles.item}>
            <Checkbox
              className={styles.text}
              checked={item.discussed}
              disabled={readOnly}
              label={item.text}
              onChange={(_, data) => agenda.setDiscussed(item, Boolean(data.checked))}
            />
            {!readOnly && (
              <>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowUpRegular />}
                  aria-label={t('agenda.moveUp', { text: item.text })}
                  disabled={index === 0}
                  onClick={() => agenda.move(item, -1)}
                />
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowDownRegular />}
                  aria-label={t('agenda.moveDown', { text: item.text })}
                  disabled={index === items.length - 1}
                  onClick={() => agenda.move(item, 1)}
                />
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={t('agenda.remove', { text: item.text })}
                  onClick={() => void remove(item)}
                />
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <form
          className={styles.add}
          onSubmit={(event) => {
            event.preventDefault();
            void draft.submit(agenda.add);
          }}
        >
          <Field label={t('agenda.addLabel')} className={styles.field}>
            <Input value={draft.value} maxLength={500} onChange={(_, data) => draft.change(data.value)} />
          </Field>
          <Button type="submit" disabled={draft.empty}>
            {t('agenda.add')}
          </Button>
        </form>
      )}
    </FeatureSection>
  );
}
