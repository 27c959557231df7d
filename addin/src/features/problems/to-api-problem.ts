import { ApiProblem } from '../../api/api-client';
import { problemCode, type ProblemCode } from './problem-messages';

/** Any thrown value as an ApiProblem, so every view shows failures the same way. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({
    type: 'about:blank',
    title: 'Unexpected error',
    status: 0,
    code: 'internal',
    detail: error instanceof Error ? error.message : String(error),
  });
}

/** Whether a thrown value is a problem with this code (by `code`, type URI or status). */
export function hasProblemCode(error: unknown, code: ProblemCode): error is ApiProblem {
  return error instanceof ApiProblem && problemCode(error.problem) === code;
}

/** Aborted requests and sign-in redirects are not failures to show. */
export function isQuietFailure(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'SignInRedirect';
}
