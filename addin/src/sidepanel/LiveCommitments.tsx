import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Profile } from '../../../shared/model/profile';
import type { Commitment, PeerProfile } from '../../../shared/relationships/relationship-schemas';
import { addCommitment, fetchCommitments, patchCommitment } from '../api/relationships-api';
import { useLiveResource } from '../api/use-live-resource';
import { useAction } from '../features/problems/use-action';
import { ProblemMessage } from '../features/problems/ProblemMessage';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Open commitments both ways (tick when done) and new ones made in this meeting. */
export function LiveCommitments({
  relationshipId,
  me,
  peer,
}: {
  relationshipId: string;
  me: Profile;
  peer: PeerProfile;
}) {
  const styles = useStyles();
  const live = useLiveResource((signal) => fetchCommitments(relationshipId, signal), [relationshipId]);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [dueDate, setDueDate] = useState('');
  const open = (live.data?.commitments ?? []).filter((c) => c.status !== 'dropped');
  const { problem, run: act } = useAction();
  const run = (work: () => Promise<unknown>) => act(work, live.refresh);

  const list = (items: Commitment[], label: string) =>
    items.length === 0 ? (
      <Text block>None open.</Text>
    ) : (
      <ul className={styles.list} aria-label={label}>
        {items.map((c) => (
          <li key={c.id}>
            <Checkbox
              checked={c.status === 'done'}
              label={`${c.text}${c.dueDate ? ` (due ${c.dueDate})` : ''}`}
              onChange={(_, data) =>
                void run(() =>
                  patchCommitment(relationshipId, c.id, c.etag, { status: data.checked ? 'done' : 'open' }),
                )
              }
            />
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="commitments-heading">
      <Subtitle2 block as="h2" id="commitments-heading">
        Commitments
      </Subtitle2>
      {live.problem && <ProblemMessage problem={live.problem} onRetry={() => void live.refresh()} />}
      {problem && <ProblemMessage problem={problem} />}
      <Text block weight="semibold">
        Mine
      </Text>
      {list(
        open.filter((c) => c.owner === me.id),
        'My commitments',
      )}
      <Text block weight="semibold">
        {peer.displayName}'s
      </Text>
      {list(
        open.filter((c) => c.owner !== me.id),
        `${peer.displayName}'s commitments`,
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          const value = text.trim();
          if (!value) return;
          setText('');
          setDueDate('');
          void run(() =>
            addCommitment(relationshipId, {
              text: value,
              owner: owner === 'me' ? me.id : peer.id,
              ...(dueDate ? { dueDate } : {}),
            }),
          );
        }}
      >
        <Field label="New commitment">
          <Input value={text} maxLength={500} onChange={(_, data) => setText(data.value)} />
        </Field>
        <div className={styles.row}>
          <Field label="Who">
            <RadioGroup layout="horizontal" value={owner} onChange={(_, data) => setOwner(data.value as 'me' | 'them')}>
              <Radio value="me" label="Me" />
              <Radio value="them" label={peer.displayName} />
            </RadioGroup>
          </Field>
          <Field label="Due (optional)">
            <Input type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
          </Field>
          <Button type="submit" disabled={!text.trim()}>
            Add commitment
          </Button>
        </div>
      </form>
    </section>
  );
}
