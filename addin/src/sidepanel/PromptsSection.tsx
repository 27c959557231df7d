import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Goal } from '../../../shared/discovery/goals';
import { fetchPrompts } from '../api/relationships-api';
import { useApiResource } from '../api/use-api-resource';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { goalDescription, goalText } from '../i18n/domain-text';
import { useMessages, usePromptText } from '../i18n/use-messages';

const SHOWN = 2;
const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalS },
  goal: { color: tokens.colorNeutralForeground2 },
});

/** The goal and a couple of prompts for it; "Another one" cycles through the meeting's prompts. */
export function PromptsSection({
  relationshipId,
  goal,
  goalNote,
  meetingId,
}: {
  relationshipId: string;
  goal: Goal;
  goalNote?: string | undefined;
  meetingId?: string | undefined;
}) {
  const styles = useStyles();
  const { resource, retry } = useApiResource(
    (signal) => fetchPrompts(relationshipId, 5, meetingId, signal),
    [relationshipId, meetingId],
  );
  const [offset, setOffset] = useState(0);
  const { t } = useMessages();
  const promptText = usePromptText();
  const prompts = resource.state === 'ready' ? resource.data.prompts : [];
  const shown =
    prompts.length === 0
      ? []
      : Array.from({ length: Math.min(SHOWN, prompts.length) }, (_, i) => prompts[(offset + i) % prompts.length]!);
  return (
    <section aria-labelledby="goal-heading">
      <Subtitle2 block as="h2" id="goal-heading">
        {goalText(t, goal)}
      </Subtitle2>
      <Caption1 block as="p" className={styles.goal}>
        {goalNote || goalDescription(t, goal)}
      </Caption1>
      {resource.state === 'error' && <ProblemMessage problem={resource.problem} onRetry={retry} />}
      {shown.length > 0 && (
        <ol className={styles.list} aria-label={t('sidepanel.prompts.label')}>
          {shown.map((p) => (
            <li key={p.id}>
              <Body1>{promptText(p)}</Body1>
            </li>
          ))}
        </ol>
      )}
      {prompts.length > SHOWN && (
        <Button
          appearance="subtle"
          icon={<ArrowSyncRegular />}
          onClick={() => setOffset((o) => (o + 1) % prompts.length)}
        >
          {t('sidepanel.prompts.another')}
        </Button>
      )}
    </section>
  );
}
