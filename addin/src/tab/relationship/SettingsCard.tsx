import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import { fetchCadenceAdvice } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { SettingsFields } from '../../features/settings/SettingsFields';
import { useSavedSettings } from '../../features/settings/use-saved-settings';
import { FeatureSection } from '../../features/shared/FeatureSection';
import { MergeNoticeBar } from '../../features/shared/MergeNoticeBar';
import { useUndoToast } from '../../features/undo';
import { cadenceAdviceText } from '../../i18n/cadence-reason-text';
import { useMessages } from '../../i18n/use-messages';
import { formatDate } from '../../../../shared/time';
import { restartAfterEnd } from './end-undo';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Goal, cadence (with the product's advice, applied only on the user's say-so), format, pause and end. */
export function SettingsCard({
  relationship,
  etag,
  onSaved,
}: {
  relationship: RelationshipDetail;
  etag: string;
  onSaved: (relationship: RelationshipDetail, etag: string) => void;
}) {
  const styles = useStyles();
  const advice = useApiResource(
    (signal) => fetchCadenceAdvice(relationship.id, signal),
    [relationship.id, relationship.version],
  );
  const [pauseUntil, setPauseUntil] = useState('');
  const { save: send, busy, problem, notice } = useSavedSettings({ relationship, etag, onSaved });
  const save = (patch: Parameters<typeof send>[0]) => void send(patch);
  const ended = relationship.status === 'ended';
  const { t, timeView, formatLocale } = useMessages();
  const { offerUndo, undoToaster } = useUndoToast();
  const name = relationship.peer.displayName;
  const end = async () => {
    const before = relationship;
    if (!(await send({ status: 'ended' }))) return;
    offerUndo({ message: t('tab.settings.endedUndo', { name }), undo: () => restartAfterEnd(before) });
  };

  return (
    <FeatureSection title={t('tab.settings.title')} headingId={`settings-${relationship.id}`}>
      {undoToaster}
      {problem && <ProblemMessage problem={problem} />}
      <MergeNoticeBar notice={notice} />
      <div className={styles.form}>
        <SettingsFields
          compact
          withGoalNote={false}
          disabled={ended || busy}
          value={{
            goal: relationship.goal,
            goalNote: relationship.goalNote ?? '',
            cadenceWeeks: relationship.cadenceWeeks,
            format: relationship.format,
          }}
          onChange={(patch) => save(patch)}
          cadenceFieldLabel={t('tab.settings.cadence')}
          cadenceHint={
            advice.resource.state === 'ready'
              ? t('tab.settings.advice', { reason: cadenceAdviceText(t, advice.resource.data, formatLocale) })
              : undefined
          }
        />
        {advice.resource.state === 'ready' && advice.resource.data.change !== 'keep' && !ended && (
          <div className={styles.row}>
            <Body1>{t('tab.settings.suggested', { weeks: advice.resource.data.suggested })}</Body1>
            <Button
              disabled={busy}
              onClick={() =>
                save({
                  cadenceWeeks:
                    advice.resource.state === 'ready' ? advice.resource.data.suggested : relationship.cadenceWeeks,
                })
              }
            >
              {t('tab.settings.useSuggested', { weeks: advice.resource.data.suggested })}
            </Button>
          </div>
        )}
        {relationship.status === 'paused' ? (
          <div className={styles.row}>
            <Body1>
              {t('tab.settings.pausedUntil', {
                date: relationship.pausedUntil
                  ? formatDate(`${relationship.pausedUntil}T12:00:00Z`, { ...timeView, zone: 'UTC' })
                  : '',
              })}
            </Body1>
            <Button disabled={busy} onClick={() => save({ pausedUntil: null })}>
              {t('tab.settings.resume')}
            </Button>
          </div>
        ) : (
          relationship.status === 'active' && (
            <div className={styles.row}>
              <Field label={t('tab.settings.pauseUntil')}>
                <Input type="date" value={pauseUntil} onChange={(_, data) => setPauseUntil(data.value)} />
              </Field>
              <Button disabled={busy || !pauseUntil} onClick={() => save({ pausedUntil: pauseUntil })}>
                {t('tab.settings.pause')}
              </Button>
            </div>
          )
        )}
        {!ended && (
          <Dialog>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle" disabled={busy}>
                {t('tab.settings.end')}
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{t('tab.settings.endTitle', { name })}</DialogTitle>
                <DialogContent>{t('tab.settings.endBody', { name })}</DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary">{t('tab.settings.keep')}</Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" onClick={() => void end()}>
                      {t('tab.settings.endConfirm')}
                    </Button>
                  </DialogTrigger>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        )}
      </div>
    </FeatureSection>
  );
}
