import { Body1 } from '@fluentui/react-components';
import { ProblemMessage } from '../problems/ProblemMessage';
import { SlotPicker } from './SlotPicker';
import type { SlotsState } from './use-slots';

/** The answer of a slot search: the reason nothing fits, or the times to choose from. */
export function SlotsView({
  slots,
  label,
  names,
}: {
  slots: SlotsState;
  /** Names the radio group ("Times that suit you both"). */
  label: string;
  /** Display names by user id, for the local-time lines. */
  names?: Record<string, string> | undefined;
}) {
  return (
    <>
      {slots.problem && <ProblemMessage problem={slots.problem} onRetry={() => void slots.retry()} />}
      {slots.answer &&
        (slots.answer.slots.length === 0 ? (
          <Body1 block>{slots.answer.emptyReason ?? 'No time suits both calendars in the next two weeks.'}</Body1>
        ) : (
          <SlotPicker
            slots={slots.answer.slots}
            selected={slots.chosen}
            onSelect={slots.choose}
            label={label}
            {...(names ? { names } : {})}
          />
        ))}
    </>
  );
}
