import { ApiProblem } from '../../api/api-client';
import { problemCode } from './problem-messages';

/** How often one action is re-sent by itself before the user is asked, and the longest wait. */
export const MAX_AUTO_RETRIES = 3;
const MAX_WAIT_SECONDS = 30;

/** A busy answer the action is about to re-send by itself: the view shows "retrying", not a failure. */
export class RetryingProblem extends ApiProblem {
  constructor(
    base: ApiProblem,
    readonly inSeconds: number,
  ) {
    super(base.problem, base.etag, base.retryAfterSeconds);
    this.name = 'RetryingProblem';
  }
}

/**
 * How long to wait before re-sending after this failure, or undefined when it should be shown
 * instead: only a busy dependency (503) or a rate limit (429) that said when to come back, and only
 * a few times, so a real outage ends with the usual message and a Retry button.
 */
export function autoRetryDelayMs(problem: ApiProblem, attempt: number): number | undefined {
  const code = problemCode(problem.problem);
  if (code !== 'dependency-unavailable' && code !== 'rate-limited') return undefined;
  if (problem.retryAfterSeconds === undefined || attempt >= MAX_AUTO_RETRIES) return undefined;
  return Math.min(Math.max(problem.retryAfterSeconds, 1), MAX_WAIT_SECONDS) * 1000;
}
