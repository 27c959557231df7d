import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiProblem } from '../../api/api-client';
import { useMessages } from '../../i18n/use-messages';
import { RetryingProblem } from './auto-retry';
import { describeProblem, retryingMessage } from './problem-messages';

/** An error state that says what went wrong, in the words of the one mapping, and offers a retry. */
export function ProblemMessage({
  problem,
  onRetry,
  intent = 'error',
}: {
  problem: ApiProblem;
  onRetry?: (() => void) | undefined;
  /** `warning` for failures where nothing was lost (the draft is kept and re-sent). */
  intent?: 'error' | 'warning';
}) {
  const { t } = useMessages();
  if (problem instanceof RetryingProblem) {
    // Not a failure yet: the action re-sends by itself, so no Retry button and no alert role.
    const retrying = retryingMessage(problem.inSeconds);
    return (
      <MessageBar intent="warning" role="status">
        <MessageBarBody>
          <MessageBarTitle>{retrying.title}</MessageBarTitle>
          {retrying.detail}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const described = describeProblem(problem.problem);
  return (
    <MessageBar intent={intent} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{described.title}</MessageBarTitle>
        {described.detail}
        {described.fields.length > 0 && (
          <ul>
            {described.fields.map((f) => (
              <li key={f.field}>
                {f.field}: {f.reason}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('problem.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
