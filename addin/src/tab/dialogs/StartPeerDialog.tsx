import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { cadenceValues, type CadenceWeeks } from '../../../../shared/discovery/cadence';
import { goalInfo, type Goal } from '../../../../shared/discovery/goals';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { formatLabels, type Format } from '../../../../shared/relationships/relationship-schemas';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { createRelationship, scheduleMeeting } from '../../api/relationships-api';
import { findSlots } from '../../api/slots-api';
import { useAction } from '../../features/problems/use-action';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { SlotPicker } from '../../ui/SlotPicker';
import { outlookComposeLink } from '../../ui/outlook-link';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalL },
  goalDescription: { display: 'block', color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Step =
  | { name: 'choose' }
  | { name: 'slots'; relationshipId: string; peerMail: string | null; slots: Slot[]; emptyReason?: string }
  | { name: 'done'; relationshipId: string };

/** Start a peer 1:1: goal, cadence (the suggestion preselected, with its reason), format, then a time. */
export default function StartPeerDialog({
  suggestion,
  onClose,
  onStarted,
}: {
  suggestion: PeerSuggestion;
  onClose: () => void;
  onStarted: (relationshipId: string) => void;
}) {
  const styles = useStyles();
  const { busy, problem, run } = useAction();
  const [goal, setGoal] = useState<Goal>(suggestion.goal);
  const [goalNote, setGoalNote] = useState('');
  const [cadence, setCadence] = useState<CadenceWeeks>(suggestion.cadenceWeeks);
  const [format, setFormat] = useState<Format>('video');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [chosenSlot, setChosenSlot] = useState<Slot>();
  const peer = suggestion.user;

  const findTimes = () =>
    run(async () => {
      const relationship = await createRelationship({
        peer: peer.id,
        goal,
        cadenceWeeks: cadence,
        format,
        ...(goal === 'custom' && goalNote.trim() ? { goalNote: goalNote.trim() } : {}),
      });
      const { slots, emptyReason } = await findSlots({ peers: [peer.id], cadenceWeeks: cadence, durationMinutes: 30 });
      setChosenSlot(slots[0]);
      setStep({
        name: 'slots',
        relationshipId: relationship.id,
        peerMail: relationship.peer.mail,
        slots: slots.slice(0, 3),
        ...(emptyReason ? { emptyReason } : {}),
      });
    });

  const createMeeting = (relationshipId: string, slot: Slot) =>
    run(async () => {
      await scheduleMeeting(relationshipId, { start: slot.start, end: slot.end });
      onStarted(relationshipId);
    });

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()} modalType="modal">
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Start a peer 1:1 with {peer.displayName}</DialogTitle>
          <DialogContent className={styles.form}>
            {problem && <ProblemMessage problem={problem} />}
            {step.name === 'choose' && (
              <>
                <Field label="Goal">
                  <RadioGroup value={goal} onChange={(_, data) => setGoal(data.value as Goal)}>
                    {goalInfo.map((info) => (
                      <Radio
                        key={info.goal}
                        value={info.goal}
                        label={
                          <>
                            {info.label}
                            <Text size={200} className={styles.goalDescription}>
                              {info.description}
                            </Text>
                          </>
                        }
                      />
                    ))}
                  </RadioGroup>
                </Field>
                {goal === 'custom' && (
                  <Field label="Your goal, in a sentence">
                    <Textarea value={goalNote} maxLength={500} onChange={(_, data) => setGoalNote(data.value)} />
                  </Field>
                )}
                <Field
                  label="How often"
                  hint={
                    cadence === suggestion.cadenceWeeks
                      ? `Suggested: ${suggestion.cadenceReason}`
                      : `Suggested every ${suggestion.cadenceWeeks} weeks: ${suggestion.cadenceReason}`
                  }
                >
                  <Select
                    value={String(cadence)}
                    onChange={(_, data) => setCadence(Number(data.value) as CadenceWeeks)}
                  >
                    {cadenceValues.map((weeks) => (
                      <option key={weeks} value={String(weeks)}>
                        {`Every ${weeks} weeks${weeks === suggestion.cadenceWeeks ? ' (suggested)' : ''}`}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label="Format">
                  <RadioGroup
                    layout="horizontal"
                    value={format}
                    onChange={(_, data) => setFormat(data.value as Format)}
                  >
                    {(Object.keys(formatLabels) as Format[]).map((f) => (
                      <Radio key={f} value={f} label={formatLabels[f]} />
                    ))}
                  </RadioGroup>
                </Field>
              </>
            )}
            {step.name === 'slots' &&
              (step.slots.length === 0 ? (
                <Text>{step.emptyReason ?? 'No time suits both calendars in the next two weeks.'}</Text>
              ) : (
                <SlotPicker
                  slots={step.slots}
                  selected={chosenSlot}
                  onSelect={setChosenSlot}
                  label={`Times that suit you and ${peer.displayName}, every ${cadence} weeks`}
                />
              ))}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label="Working" />}
            <Button appearance="secondary" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            {step.name === 'choose' && (
              <Button
                appearance="primary"
                onClick={findTimes}
                disabled={busy || (goal === 'custom' && !goalNote.trim())}
              >
                Find a time
              </Button>
            )}
            {step.name === 'slots' && (
              <>
                {chosenSlot && step.peerMail && (
                  <Button
                    as="a"
                    href={outlookComposeLink({
                      slot: chosenSlot,
                      peerMail: step.peerMail,
                      subject: `Peer 1:1 with ${peer.displayName}`,
                    })}
                    target="_blank"
                    rel="noreferrer"
                    disabled={busy}
                  >
                    Open in Outlook
                  </Button>
                )}
                <Button
                  appearance="primary"
                  disabled={busy || !chosenSlot}
                  onClick={() => chosenSlot && createMeeting(step.relationshipId, chosenSlot)}
                >
                  Create the meeting
                </Button>
                <Button appearance="subtle" disabled={busy} onClick={() => onStarted(step.relationshipId)}>
                  Schedule later
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
