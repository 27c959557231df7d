import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';
import { createRelationship } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { SettingsFields } from '../../features/settings/SettingsFields';
import { useSettingsDraft } from '../../features/settings/use-settings-draft';
import {
  DEFAULT_MEETING_LENGTH,
  MeetingLengthField,
  type MeetingLength,
} from '../../features/slots/MeetingLengthField';
import { SlotsView } from '../../features/slots/SlotsView';
import { outsideWorkingHoursRequest, useSlots } from '../../features/slots/use-slots';
import { cadenceSuggestionText } from '../../i18n/cadence-reason-text';
import { useMessages } from '../../i18n/use-messages';
import type { Booking } from '../relationship/BookingNotice';

const useStyles = makeStyles({
  surface: {
    width: 'min(720px, calc(100vw - 24px))',
    maxWidth: 'min(720px, calc(100vw - 24px))',
    boxSizing: 'border-box',
  },
  form: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  // Actions stay on one line where they fit (buttons never wrap their own words) and wrap as a row below.
  actions: { flexWrap: 'wrap', justifyContent: 'end', '& button': { whiteSpace: 'nowrap' } },
  why: { color: tokens.colorNeutralForeground2 },
});

/**
 * Start a peer 1:1: goal, cadence (the suggestion preselected, with its reason), format and length,
 * then a time. Nothing is created until "Create": finding times needs no relationship, so closing
 * the dialog leaves no invitation and no notification behind.
 */
export default function StartPeerDialog({
  suggestion,
  selfId,
  onClose,
  onStarted,
}: {
  suggestion: PeerSuggestion;
  selfId: string;
  onClose: () => void;
  onStarted: (relationshipId: string, booking?: Booking) => void;
}) {
  const styles = useStyles();
  const { t } = useMessages();
  const { busy: saving, problem, run } = useAction();
  const settings = useSettingsDraft({ goal: suggestion.goal, cadenceWeeks: suggestion.cadenceWeeks });
  const [length, setLength] = useState<MeetingLength>(DEFAULT_MEETING_LENGTH);
  const slots = useSlots();
  const [step, setStep] = useState<'choose' | 'slots'>('choose');
  const busy = saving || slots.busy;
  const peer = suggestion.user;
  const cadence = settings.draft.cadenceWeeks;
  const chosenSlot = slots.chosen;
  const noTimes = slots.answer?.slots.length === 0;
  const cadenceReason = cadenceSuggestionText(t, suggestion);

  // Hours that never overlap: offer times outside them at once, each labelled for whom (no dead end).
  const apart = suggestion.hoursOverlapMinutes === 0;
  const findTimes = async () => {
    setStep('slots');
    const request = { peers: [peer.id], cadenceWeeks: cadence, durationMinutes: length };
    await slots.find(apart ? outsideWorkingHoursRequest(request) : request);
  };

  // The only call that writes: it invites (and notifies) the peer, proposing the chosen time, which
  // is booked in both calendars once they accept (nothing lands in their calendar unasked).
  const create = (slot?: { start: string; end: string }) =>
    run(async () => {
      const proposedSlot = slot ? { start: slot.start, end: slot.end } : undefined;
      const relationship = await createRelationship({
        ...settings.createBody(peer.id),
        ...(proposedSlot ? { proposedSlot } : {}),
      });
      if (!proposedSlot) return onStarted(relationship.id);
      onStarted(relationship.id, { ...proposedSlot, invitee: peer.displayName });
    });

  const findDisabledWhy = settings.problem;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()} modalType="modal">
      <DialogSurface aria-describedby={undefined} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('tab.start.title', { name: peer.displayName })}</DialogTitle>
          <DialogContent className={styles.form}>
            {problem && <ProblemMessage problem={problem} />}
            {step === 'choose' && (
              <>
                <SettingsFields
                  value={settings.draft}
                  onChange={settings.change}
                  disabled={busy}
                  suggestedWeeks={suggestion.cadenceWeeks}
                  cadenceHint={
                    cadence === suggestion.cadenceWeeks
                      ? t('tab.start.suggested', { reason: cadenceReason })
                      : t('tab.start.suggestedOther', { weeks: suggestion.cadenceWeeks, reason: cadenceReason })
                  }
                />
                <MeetingLengthField value={length} onChange={setLength} disabled={busy} />
              </>
            )}
            {step === 'slots' && (
              <>
                <SlotsView
                  slots={slots}
                  label={t('tab.start.slotsLabel', { name: peer.displayName, weeks: cadence })}
                  people={[
                    { id: selfId, label: t('time.you') },
                    { id: peer.id, label: peer.displayName },
                  ]}
                />
                {noTimes && !slots.outsideWorkingHours && (
                  <Button disabled={busy} onClick={() => void slots.findOutsideWorkingHours()}>
                    {t('slots.findOutsideHours')}
                  </Button>
                )}
                {slots.outsideWorkingHours && (
                  <Text className={styles.why}>{t(apart ? 'slots.apartNote' : 'slots.outsideHoursNote')}</Text>
                )}
              </>
            )}
            {findDisabledWhy && step === 'choose' && (
              <Text id="find-why" className={styles.why}>
                {t('settings.problem.customGoal')}
              </Text>
            )}
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            {busy && <Spinner size="tiny" label={t('tab.start.working')} />}
            <Button appearance="secondary" onClick={onClose} disabled={saving}>
              {t('tab.start.cancel')}
            </Button>
            {step === 'choose' && (
              <Button
                appearance="primary"
                onClick={() => void findTimes()}
                disabled={busy || findDisabledWhy !== undefined}
                {...(findDisabledWhy ? { 'aria-describedby': 'find-why' } : {})}
              >
                {t('tab.start.findTime')}
              </Button>
            )}
            {step === 'slots' && (
              <>
                <Button appearance="subtle" disabled={busy} onClick={() => (slots.reset(), setStep('choose'))}>
                  {t('tab.start.back')}
                </Button>
                <Button disabled={saving} onClick={() => void create()}>
                  {t('tab.start.createWithoutTime')}
                </Button>
                <Button
                  appearance="primary"
                  disabled={busy || !chosenSlot}
                  onClick={() => chosenSlot && void create(chosenSlot)}
                >
                  {t('tab.start.createMeeting')}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
