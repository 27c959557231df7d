import { Button, Checkbox, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AgendaItem } from '../../../shared/relationships/relationship-schemas';
import { addAgendaItem, fetchAgenda, patchAgendaItem } from '../api/relationships-api';
import { useLiveResource } from '../api/use-live-resource';
import { useAction } from '../features/problems/use-action';
import { ProblemMessage } from '../features/problems/ProblemMessage';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  text: { flexGrow: 1 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** The shared agenda, live: both peers add, reorder and tick items; the other's changes arrive by polling. */
export function LiveAgenda({ relationshipId }: { relationshipId: string }) {
  const styles = useStyles();
  const live = useLiveResource((signal) => fetchAgenda(relationshipId, signal), [relationshipId]);
  const [text, setText] = useState('');
  const items = live.data?.items ?? [];
  const { problem, run: act } = useAction();
  // Whatever happened (a 412 means the peer changed it first), show the current state again.
  const run = (work: () => Promise<unknown>) => act(work, live.refresh);

  const move = (item: AgendaItem, direction: -1 | 1) => {
    const index = items.indexOf(item);
    const neighbour = items[index + direction];
    if (!neighbour) return;
    const beyond = items[index + 2 * direction];
    // Place between the neighbour and the one beyond it, so only this item changes.
    const order = beyond ? (neighbour.order + beyond.order) / 2 : neighbour.order + direction;
    void run(() => patchAgendaItem(relationshipId, item.id, item.etag, { order }));
  };

  return (
    <section aria-labelledby="agenda-heading">
      <Subtitle2 block as="h2" id="agenda-heading">
        Shared agenda
      </Subtitle2>
      {live.problem && <ProblemMessage problem={live.problem} onRetry={() => void live.refresh()} />}
      {problem && <ProblemMessage problem={problem} />}
      {live.data && items.length === 0 && <Text>Nothing on the agenda yet.</Text>}
      <ol className={styles.list} aria-label="Agenda items">
        {items.map((item, index) => (
          <li key={item.id} className={styles.item}>
            <Checkbox
              className={styles.text}
              checked={item.discussed}
              label={item.text}
              onChange={(_, data) =>
                void run(() =>
                  patchAgendaItem(relationshipId, item.id, item.etag, { discussed: Boolean(data.checked) }),
                )
              }
            />
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowUpRegular />}
              aria-label={`Move "${item.text}" up`}
              disabled={index === 0}
              onClick={() => move(item, -1)}
            />
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowDownRegular />}
              aria-label={`Move "${item.text}" down`}
              disabled={index === items.length - 1}
              onClick={() => move(item, 1)}
            />
          </li>
        ))}
      </ol>
      <form
        className={styles.add}
        onSubmit={(event) => {
          event.preventDefault();
          const value = text.trim();
          if (!value) return;
          setText('');
          void run(() => addAgendaItem(relationshipId, value));
        }}
      >
        <Field label="Add an agenda item" style={{ flexGrow: 1 }}>
          <Input value={text} maxLength={500} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Button type="submit" disabled={!text.trim()}>
          Add
        </Button>
      </form>
    </section>
  );
}
