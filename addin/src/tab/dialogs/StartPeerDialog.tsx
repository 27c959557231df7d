import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { createRelationship, scheduleMeeting } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { SettingsFields } from '../../features/settings/SettingsFields';
import { useSettingsDraft } from '../../features/settings/use-settings-draft';
import { SlotsView } from '../../features/slots/SlotsView';
import { useSlots } from '../../features/slots/use-slots';
import { outlookComposeLink } from '../../ui/outlook-link';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalL },
});

type Step = { name: 'choose' } | { name: 'slots'; relationshipId: string; peerMail: string | null };

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
  const { busy: saving, problem, run } = useAction();
  const settings = useSettingsDraft({ goal: suggestion.goal, cadenceWeeks: suggestion.cadenceWeeks });
  const slots = useSlots();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const busy = saving || slots.busy;
  const peer = suggestion.user;
  const cadence = settings.draft.cadenceWeeks;
  const chosenSlot = slots.chosen;

  // The relationship is created once; finding times again (a retry) does not create another.
  const findTimes = async () => {
    let created: Step | undefined;
    await run(async () => {
      const relationship = await createRelationship(settings.createBody(peer.id));
      created = { name: 'slots', relationshipId: relationship.id, peerMail: relationship.peer.mail };
    });
    if (!created) return;
    setStep(created);
    await slots.find({ peers: [peer.id], cadenceWeeks: cadence, durationMinutes: 30 });
  };

  const createMeeting = (relationshipId: string, slot: { start: string; end: string }) =>
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
              <SettingsFields
                value={settings.draft}
                onChange={settings.change}
                disabled={busy}
                suggestedWeeks={suggestion.cadenceWeeks}
                cadenceHint={
                  cadence === suggestion.cadenceWeeks
                    ? `Suggested: ${suggestion.cadenceReason}`
                    : `Suggested every ${suggestion.cadenceWeeks} weeks: ${suggestion.cadenceReason}`
                }
              />
            )}
            {step.name === 'slots' && (
              <SlotsView slots={slots} label={`Times that suit you and ${peer.displayName}, every ${cadence} weeks`} />
            )}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label="Working" />}
            <Button appearance="secondary" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            {step.name === 'choose' && (
              <Button
                appearance="primary"
                onClick={() => void findTimes()}
                disabled={busy || settings.problem !== undefined}
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
                  onClick={() => chosenSlot && void createMeeting(step.relationshipId, chosenSlot)}
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
