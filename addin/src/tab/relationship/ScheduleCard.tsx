import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import { scheduleMeeting } from '../../api/relationships-api';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useAction } from '../../features/problems/use-action';
import { FeatureSection } from '../../features/shared/FeatureSection';
import { SlotsView } from '../../features/slots/SlotsView';
import { useSlots } from '../../features/slots/use-slots';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

/** No meeting booked: find times that suit both calendars and book the series. */
export function ScheduleCard({
  relationship,
  onScheduled,
}: {
  relationship: RelationshipDetail;
  onScheduled: () => void;
}) {
  const styles = useStyles();
  const slots = useSlots();
  const booking = useAction();
  const busy = slots.busy || booking.busy;
  const chosen = slots.chosen;

  return (
    <FeatureSection title="Next meeting" headingId={`schedule-${relationship.id}`}>
      <Body1>Nothing is booked. Find a time that suits you both, every {relationship.cadenceWeeks} weeks.</Body1>
      {booking.problem && <ProblemMessage problem={booking.problem} />}
      <SlotsView slots={slots} label="Times that suit you both" />
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() => void slots.find({ peers: [relationship.peer.id], cadenceWeeks: relationship.cadenceWeeks })}
        >
          Find times
        </Button>
        {chosen && (
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void booking.run(async () => {
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
