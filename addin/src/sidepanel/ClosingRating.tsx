import { Button, Field, Radio, Subtitle2, Text } from '@fluentui/react-components';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useState } from 'react';
import type { Meeting } from '../../../shared/relationships/relationship-schemas';
import { patchMeeting } from '../api/relationships-api';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { useAction } from '../features/problems/use-action';
import { useMessages } from '../i18n/use-messages';

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
  const { t } = useMessages();
  return (
    <section aria-labelledby="rating-heading">
      <Subtitle2 block as="h2" id="rating-heading">
        {t('sidepanel.rating.title')}
      </Subtitle2>
      {problem && <ProblemMessage problem={problem} />}
      <Field label={t('sidepanel.rating.label')}>
        <ChoiceGroup layout="horizontal" value={rating} onChange={(_, data) => setRating(data.value)}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={String(n)} />
          ))}
        </ChoiceGroup>
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
        {t(meeting.held ? 'sidepanel.rating.update' : 'sidepanel.rating.save')}
      </Button>
      {meeting.held && (
        <Text role="status">
          {meeting.myRating
            ? t('sidepanel.rating.heldRated', { rating: meeting.myRating })
            : t('sidepanel.rating.held')}
        </Text>
      )}
    </section>
  );
}
