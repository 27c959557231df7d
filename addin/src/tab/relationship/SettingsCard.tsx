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

  return (
    <FeatureSection title="Settings" headingId={`settings-${relationship.id}`}>
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
          cadenceFieldLabel="Cadence"
          cadenceHint={advice.resource.state === 'ready' ? `Advice: ${advice.resource.data.reason}` : undefined}
        />
        {advice.resource.state === 'ready' && advice.resource.data.change !== 'keep' && !ended && (
          <div className={styles.row}>
            <Body1>Suggested: every {advice.resource.data.suggested} weeks.</Body1>
            <Button
              disabled={busy}
              onClick={() =>
                save({
                  cadenceWeeks:
                    advice.resource.state === 'ready' ? advice.resource.data.suggested : relationship.cadenceWeeks,
                })
              }
            >
              Use every {advice.resource.data.suggested} weeks
            </Button>
          </div>
        )}
        {relationship.status === 'paused' ? (
          <div className={styles.row}>
            <Body1>Paused until {relationship.pausedUntil}.</Body1>
            <Button disabled={busy} onClick={() => save({ pausedUntil: null })}>
              Resume now
            </Button>
          </div>
        ) : (
          relationship.status === 'active' && (
            <div className={styles.row}>
              <Field label="Pause until">
                <Input type="date" value={pauseUntil} onChange={(_, data) => setPauseUntil(data.value)} />
              </Field>
              <Button disabled={busy || !pauseUntil} onClick={() => save({ pausedUntil: pauseUntil })}>
                Pause
              </Button>
            </div>
          )
        )}
        {!ended && (
          <Dialog>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle" disabled={busy}>
                End this peer 1:1
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>End the peer 1:1 with {relationship.peer.displayName}?</DialogTitle>
                <DialogContent>
                  Shared agenda and commitments stay readable for both of you; nothing new can be added.
                </DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary">Keep it</Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" onClick={() => save({ status: 'ended' })}>
                      End it
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
