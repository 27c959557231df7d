import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiProblem } from '../../api/api-client';
import { addAgendaItem, fetchAgenda } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { SectionCard } from './SectionCard';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  discussed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** The shared agenda for next time: both peers add to it; the side panel works through it live. */
export function AgendaCard({ relationshipId }: { relationshipId: string }) {
  const styles = useStyles();
  const { resource, retry } = useApiResource((signal) => fetchAgenda(relationshipId, signal), [relationshipId]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();

  const add = async () => {
    if (!text.trim()) return;
    setProblem(undefined);
    try {
      await addAgendaItem(relationshipId, text.trim());
      setText('');
      retry();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
    }
  };

  const open = resource.state === 'ready' ? resource.data.items.filter((i) => !i.discussed) : [];
  return (
    <SectionCard title="Agenda for next time" id={`agenda-${relationshipId}`}>
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {resource.state === 'ready' &&
        (open.length === 0 ? (
          <Body1>Nothing yet. Add what you want to talk about.</Body1>
        ) : (
          <ol className={styles.list} aria-label="Agenda items">
            {open.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        ))}
      {problem && <ProblemMessage problem={problem} />}
      <form
        className={styles.add}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field label="Add to the agenda" style={{ flexGrow: 1 }}>
          <Input value={text} maxLength={500} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Button type="submit" disabled={!text.trim()}>
          Add
        </Button>
      </form>
    </SectionCard>
  );
}
