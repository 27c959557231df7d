import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { scheduleMeeting } from '../../api/relationships-api';
import { findSlots } from '../../api/slots-api';
import { useAction } from '../../features/problems/use-action';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { SlotPicker } from '../../ui/SlotPicker';
import { FeatureSection } from '../../features/shared/FeatureSection';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

/** No meeting booked: find times that suit both calendars and book the series. */
export function ScheduleCard({
  relationship,
  onScheduled,
}: {
  relationship: RelationshipDetail;
  onScheduled: () => void;
}) {
  const styles = useStyles();
  const { busy, problem, run } = useAction();
  const [slots, setSlots] = useState<Slot[]>();
  const [emptyReason, setEmptyReason] = useState<string>();
  const [chosen, setChosen] = useState<Slot>();

  return (
    <FeatureSection title="Next meeting" headingId={`schedule-${relationship.id}`}>
      <Body1>Nothing is booked. Find a time that suits you both, every {relationship.cadenceWeeks} weeks.</Body1>
      {problem && <ProblemMessage problem={problem} />}
      {slots &&
        (slots.length === 0 ? (
          <Body1>{emptyReason ?? 'No time suits both calendars in the next two weeks.'}</Body1>
        ) : (
          <SlotPicker slots={slots} selected={chosen} onSelect={setChosen} label="Times that suit you both" />
        ))}
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const answer = await findSlots({
                peers: [relationship.peer.id],
                cadenceWeeks: relationship.cadenceWeeks,
              });
              setSlots(answer.slots.slice(0, 3));
              setEmptyReason(answer.emptyReason);
              setChosen(answer.slots[0]);
            })
          }
        >
          Find times
        </Button>
        {chosen && (
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await scheduleMeeting(relationship.id, { start: chosen.start, end: chosen.end });
                onScheduled();
              })
            }
          >
            Book this time
          </Button>
        )}
      </div>
    </FeatureSection>
  );
}
