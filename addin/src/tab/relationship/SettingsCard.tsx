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
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { cadenceValues, type CadenceWeeks } from '../../../../shared/discovery/cadence';
import { goalInfo, type Goal } from '../../../../shared/discovery/goals';
import {
  formatLabels,
  relationshipDetailSchema,
  type Format,
  type PatchRelationship,
  type RelationshipDetail,
} from '../../../../shared/relationships/relationship-schemas';
import { ApiProblem } from '../../api/api-client';
import { fetchCadenceAdvice, patchRelationship } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { FeatureSection } from '../../features/shared/FeatureSection';

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
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const ended = relationship.status === 'ended';

  const save = async (patch: PatchRelationship) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await patchRelationship(relationship.id, etag, patch);
      onSaved(saved.data, saved.etag ?? '');
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      const current = relationshipDetailSchema.safeParse(error.problem.current);
      // 412: the peer changed it first. Show their version; the user decides again on top of it.
      if (error.status === 412 && current.success) onSaved(current.data, error.etag ?? '');
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FeatureSection title="Settings" headingId={`settings-${relationship.id}`}>
      {problem && <ProblemMessage problem={problem} />}
      <div className={styles.form}>
        <Field label="Goal" hint={goalInfo.find((g) => g.goal === relationship.goal)?.description}>
          <Select
            disabled={ended || busy}
            value={relationship.goal}
            onChange={(_, data) => void save({ goal: data.value as Goal })}
          >
            {goalInfo.map((g) => (
              <option key={g.goal} value={g.goal}>
                {g.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Cadence"
          hint={advice.resource.state === 'ready' ? `Advice: ${advice.resource.data.reason}` : undefined}
        >
          <Select
            disabled={ended || busy}
            value={String(relationship.cadenceWeeks)}
            onChange={(_, data) => void save({ cadenceWeeks: Number(data.value) as CadenceWeeks })}
          >
            {cadenceValues.map((w) => (
              <option key={w} value={String(w)}>{`Every ${w} weeks`}</option>
            ))}
          </Select>
        </Field>
        {advice.resource.state === 'ready' && advice.resource.data.change !== 'keep' && !ended && (
          <div className={styles.row}>
            <Body1>Suggested: every {advice.resource.data.suggested} weeks.</Body1>
            <Button
              disabled={busy}
              onClick={() =>
                void save({
                  cadenceWeeks:
                    advice.resource.state === 'ready' ? advice.resource.data.suggested : relationship.cadenceWeeks,
                })
              }
            >
              Use every {advice.resource.data.suggested} weeks
            </Button>
          </div>
        )}
        <Field label="Format">
          <Select
            disabled={ended || busy}
            value={relationship.format}
            onChange={(_, data) => void save({ format: data.value as Format })}
          >
            {(Object.keys(formatLabels) as Format[]).map((f) => (
              <option key={f} value={f}>
                {formatLabels[f]}
              </option>
            ))}
          </Select>
        </Field>
        {relationship.status === 'paused' ? (
          <div className={styles.row}>
            <Body1>Paused until {relationship.pausedUntil}.</Body1>
            <Button disabled={busy} onClick={() => void save({ pausedUntil: null })}>
              Resume now
            </Button>
          </div>
        ) : (
          relationship.status === 'active' && (
            <div className={styles.row}>
              <Field label="Pause until">
                <Input type="date" value={pauseUntil} onChange={(_, data) => setPauseUntil(data.value)} />
              </Field>
              <Button disabled={busy || !pauseUntil} onClick={() => void save({ pausedUntil: pauseUntil })}>
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
                    <Button appearance="primary" onClick={() => void save({ status: 'ended' })}>
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
