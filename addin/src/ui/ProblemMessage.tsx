import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiProblem } from '../api/api-client';
import { useMessages } from '../i18n/use-messages';

/** An error state that says what went wrong (the problem's detail) and offers a retry. */
export function ProblemMessage({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const { t } = useMessages();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{problem.problem.title}</MessageBarTitle>
        {problem.problem.detail}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('problem.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
