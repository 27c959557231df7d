import { appErrorCodes, type AppErrorCode } from '../../../../shared/errors/app-error';
import { problemTypes, type Problem } from '../../../../shared/http/problem';
import type { MessageId } from '../../i18n/messages.en-US';

/** The AppError codes plus the one failure only a client sees: the request never reached the API. */
export type ProblemCode = AppErrorCode | 'network';

/**
 * What the user reads for each code: the one place the add-in turns failures into words. The words
 * are the catalogue's `problem.<code>.title` (a heading) and `problem.<code>.fallback` (shown when
 * the server sent no detail of its own); the catalogue must hold both for every code.
 */
export const problemMessageIds = (code: ProblemCode) =>
  ({ title: `problem.${code}.title`, fallback: `problem.${code}.fallback` }) as const satisfies Record<
    string,
    MessageId
  >;

/** Today's problem `type` URIs, for answers from a backend that does not send `code` yet. */
const codeByType: Record<string, AppErrorCode> = {
  [problemTypes.validation]: 'invalid-input',
  [problemTypes.unauthorized]: 'unauthenticated',
  [problemTypes.consentRequired]: 'consent-required',
  [problemTypes.notFound]: 'not-found',
  [problemTypes.conflict]: 'conflict',
  [problemTypes.preconditionFailed]: 'precondition-failed',
  [problemTypes.preconditionRequired]: 'precondition-required',
  [problemTypes.upstreamUnavailable]: 'dependency-unavailable',
  [problemTypes.internal]: 'internal',
};

/** Last resort: the HTTP status alone (an answer without problem+json, e.g. from a proxy). */
const codeByStatus: Record<number, ProblemCode> = {
  0: 'network',
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'not-a-peer',
  428: 'precondition-required',
  429: 'rate-limited',
  503: 'dependency-unavailable',
};

const knownCodes = new Set<string>(appErrorCodes);

/** The code of a problem: its `code` member, else its `type` URI, else its status. */
export function problemCode(problem: Problem): ProblemCode {
  const code = problem['code'];
  if (typeof code === 'string' && knownCodes.has(code)) return code as AppErrorCode;
  const byType = codeByType[problem.type];
  if (byType) return byType;
  return codeByStatus[problem.status] ?? (problem.status >= 500 ? 'internal' : 'invalid-input');
}

export interface DescribedProblem {
  code: ProblemCode;
  title: string;
  /** The server's own explanation when it sent one (specific, but English only), else ours. */
  detail: string;
  /** Field-level reasons, for `invalid-input`. */
  fields: { field: string; reason: string }[];
  /** Whether trying the same thing again can help. */
  retryable: boolean;
}

const retryableCodes = new Set<ProblemCode>(['network', 'dependency-unavailable', 'rate-limited', 'internal']);

/** How a view words a problem: the page's translator, and whether server English may be shown. */
export interface ProblemWording {
  t: (id: MessageId, values?: Record<string, string>) => string;
  /** The server's details are English: shown only where the page is English, else our own words. */
  serverWords: boolean;
}

/** Everything a view shows for a problem, from the one mapping above, in the page's language. */
export function describeProblem(problem: Problem, wording: ProblemWording): DescribedProblem {
  const code = problemCode(problem);
  const ids = problemMessageIds(code);
  const { t, serverWords } = wording;
  return {
    code,
    title: t(ids.title),
    detail: (serverWords && problem.detail?.trim()) || t(ids.fallback),
    fields: (problem.errors ?? []).map((f) => ({
      field: f.field,
      reason: serverWords ? f.reason : t('problem.fieldToCheck'),
    })),
    retryable: retryableCodes.has(code),
  };
}

/** Soft notices after a 412 was merged: nothing failed, but the person should know what they see. */
export const mergeNotices = {
  theirsKept: 'merge.theirsKept',
  gone: 'merge.gone',
} as const satisfies Record<string, MessageId>;
export type MergeNotice = keyof typeof mergeNotices;
