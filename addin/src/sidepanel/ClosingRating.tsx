import { Button, Field, Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Meeting } from '../../../shared/relationships/relationship-schemas';
import { patchMeeting } from '../api/relationships-api';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { useAction } from '../features/problems/use-action';

/** The private "how useful was this?" at the end; saving it records the meeting as held. */
export function ClosingRating({
  relationshipId,
  meeting,
  onSaved,
}: {
  relationshipId: string;
  meeting: Meeting;
  onSaved: (m: Meeting) => void;
}) {
  const [rating, setRating] = useState<string>(meeting.myRating ? String(meeting.myRating) : '');
  const { busy, problem, run } = useAction();
  return (
    <section aria-labelledby="rating-heading">
      <Subtitle2 block as="h2" id="rating-heading">
        Before you go
      </Subtitle2>
      {problem && <ProblemMessage problem={problem} />}
      <Field label="How useful was this? (private, only you see your rating)">
        <RadioGroup layout="horizontal" value={rating} onChange={(_, data) => setRating(data.value)}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={String(n)} />
          ))}
        </RadioGroup>
      </Field>
      <Button
        appearance="primary"
        disabled={!rating || busy}
        onClick={() =>
          void run(async () => {
            const answer = await patchMeeting(relationshipId, meeting.id, meeting.etag, {
              held: true,
              rating: Number(rating),
            });
            onSaved(answer.data);
          })
        }
      >
        {meeting.held ? 'Update my rating' : 'Save and mark as held'}
      </Button>
      {meeting.held && (
        <Text role="status">Recorded as held{meeting.myRating ? `, rated ${meeting.myRating}/5` : ''}.</Text>
      )}
    </section>
  );
}
