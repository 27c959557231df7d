import { Body1, Button } from '@fluentui/react-components';
import { emptyReasonText } from '../../i18n/empty-reason-text';
import { useMessages } from '../../i18n/use-messages';
import { ProblemMessage } from '../problems/ProblemMessage';
import { SlotPicker } from './SlotPicker';
import type { SlotsState } from './use-slots';

/** The answer of a slot search: the reason nothing fits, or the times to choose from. */
export function SlotsView({
  slots,
  label,
  people,
  offerOutsideHours = false,
}: {
  slots: SlotsState;
  /** Names the radio group ("Times that suit you both"). */
  label: string;
  /** You first, then the peer: the labels of the per-person lines. */
  people: { id: string; label: string }[];
  /** When nothing fits inside working hours, offer the same search outside them (never a dead end). */
  offerOutsideHours?: boolean;
}) {
  const { t, timeView } = useMessages();
  // Worded from the fact in the reader's locale; an older API's English reason otherwise.
  const emptyText = (answer: NonNullable<SlotsState['answer']>) =>
    answer.emptyReasonFact
      ? emptyReasonText(t, answer.emptyReasonFact, timeView.locale)
      : (answer.emptyReason ?? t('slots.none'));
  return (
    <>
      {slots.problem && <ProblemMessage problem={slots.problem} onRetry={() => void slots.retry()} />}
      {slots.answer &&
        (slots.answer.slots.length === 0 ? (
          <>
            <Body1 block>{emptyText(slots.answer)}</Body1>
            {offerOutsideHours && !slots.outsideWorkingHours && (
              <Button disabled={slots.busy} onClick={() => void slots.findOutsideWorkingHours()}>
                {t('slots.findOutsideHours')}
              </Button>
            )}
          </>
        ) : (
          <SlotPicker
            slots={slots.answer.slots}
            selected={slots.chosen}
            onSelect={slots.choose}
            label={label}
            people={people}
            outsideWorkingHours={slots.outsideWorkingHours}
          />
        ))}
    </>
  );
}
