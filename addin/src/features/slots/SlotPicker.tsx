import { Badge, Radio, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { formatDate, slotLines, type SlotViewer } from '../../../../shared/time';
import { slotReasonText } from '../../i18n/slot-reason-text';
import { useMessages } from '../../i18n/use-messages';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

const useStyles = makeStyles({
  option: { display: 'grid', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  reasons: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  badge: { marginInlineStart: tokens.spacingHorizontalS },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
});

/**
 * Candidate times: the date (in the looking person's zone, as their line), then one line per person
 * only when their zones differ (each labelled with the person, with their weekday), else one line of
 * times, and the reasons it was picked. The first viewer is the person looking.
 */
export function SlotPicker({
  slots,
  selected,
  onSelect,
  label,
  people,
  outsideWorkingHours = false,
}: {
  slots: Slot[];
  selected: Slot | undefined;
  onSelect: (slot: Slot) => void;
  label: string;
  /** Who reads the slot, by user id: you first ("You"), then the peer; zones come from the slot. */
  people: { id: string; label: string }[];
  /** The search allowed times outside working hours (each option then says for whom it is). */
  outsideWorkingHours?: boolean;
}) {
  const styles = useStyles();
  const { t, timeView } = useMessages();
  // One label per person whose working hours the time lies outside (the API flags each person).
  const outsideLabels = (slot: Slot) =>
    people.flatMap((person, i) =>
      slot.local[person.id]?.outsideWorkingHours
        ? [i === 0 ? t('slots.outsideYourHours') : t('slots.outsidePersonHours', { name: person.label })]
        : [],
    );
  // Worded from the facts in the reader's locale; an older API's English reasons otherwise.
  const reasonsOf = (slot: Slot) =>
    slot.reasonFacts?.flatMap((fact) => slotReasonText(t, fact, timeView, people[0]?.id) ?? []) ?? slot.reasons;
  const viewersOf = (slot: Slot): SlotViewer[] =>
    people.map((person) => ({ label: person.label, zone: slot.local[person.id]?.timeZone ?? timeView.zone }));
  const lineText = (line: ReturnType<typeof slotLines>[number]) =>
    line.label === undefined
      ? t('time.slot.single', { range: line.range })
      : line.place === undefined
        ? t('time.slot.person', { label: line.label, range: line.range, weekday: line.weekday })
        : t('time.slot.personElsewhere', {
            label: line.label,
            range: line.range,
            weekday: line.weekday,
            place: line.place,
          });
  return (
    <ChoiceGroup
      aria-label={label}
      value={selected?.start ?? ''}
      onChange={(_, data) => {
        const slot = slots.find((s) => s.start === data.value);
        if (slot) onSelect(slot);
      }}
    >
      {slots.map((slot) => (
        <Radio
          key={slot.start}
          value={slot.start}
          label={
            <span className={styles.option}>
              <Text weight="semibold">
                {formatDate(slot.start, { ...timeView, zone: viewersOf(slot)[0]?.zone ?? timeView.zone })}
                {slot.tentative && (
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {t('slots.tentative')}
                  </Badge>
                )}
              </Text>
              {outsideWorkingHours && outsideLabels(slot).length > 0 && (
                <span className={styles.flags}>
                  {outsideLabels(slot).map((text) => (
                    <Badge key={text} appearance="tint" color="important">
                      {text}
                    </Badge>
                  ))}
                </span>
              )}
              {slotLines(slot, viewersOf(slot), timeView.locale).map((line) => (
                <Text size={200} key={line.label ?? 'one'}>
                  {lineText(line)}
                </Text>
              ))}
              <Text size={200} className={styles.reasons}>
                {reasonsOf(slot).join(' · ')}
              </Text>
            </span>
          }
        />
      ))}
    </ChoiceGroup>
  );
}
