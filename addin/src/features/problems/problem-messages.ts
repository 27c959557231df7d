import { appErrorCodes, type AppErrorCode } from '../../../../shared/errors/app-error';
import { problemTypes, type Problem } from '../../../../shared/http/problem';

/** The AppError codes plus the one failure only a client sees: the request never reached the API. */
export type ProblemCode = AppErrorCode | 'network';

export interface ProblemText {
  title: string;
  /** Shown when the server sent no detail of its own. */
  fallback: string;
}

/**
 * What the user reads for each code: the one place the add-in turns failures into words (and the
 * place the message catalogue will take over). Keyed by every code, so a new code does not compile
 * until it has its words.
 */
export const problemMessages: Record<ProblemCode, ProblemText> = {
  'invalid-input': { title: 'Check what you entered', fallback: 'Something in the form is missing or not valid.' },
  unauthenticated: { title: 'Please sign in again', fallback: 'Your session has ended. Sign in and try again.' },
  'consent-required': {
    title: 'Permission needed',
    fallback: 'Peer 1:1s needs your consent (or an admin’s) to read calendars and people.',
  },
  forbidden: { title: 'Not allowed', fallback: 'You cannot do this here.' },
  'not-found': { title: 'Not found', fallback: 'This no longer exists, or it is not yours to see.' },
  'not-a-peer': { title: 'Not a peer', fallback: 'This person cannot be your peer (a manager, a report, or you).' },
  ended: { title: 'This peer 1:1 has ended', fallback: 'It can be read, but nothing new can be added.' },
  conflict: { title: 'Not possible right now', fallback: 'The peer 1:1 is not in a state that allows this yet.' },
  'limit-reached': { title: 'Limit reached', fallback: 'There are too many open items. Close some first.' },
  'precondition-required': {
    title: 'Please reload',
    fallback: 'The page did not know which version it was changing. Reload and try again.',
  },
  'precondition-failed': {
    title: 'Changed by someone else',
    fallback: 'This was changed meanwhile. The latest version is shown; apply your change again.',
  },
  'precondition-invalid': {
    title: 'Please reload',
    fallback: 'The page sent a version the service does not know. Reload and try again.',
  },
  'payload-too-large': { title: 'Too long', fallback: 'That is more text than can be saved. Shorten it and retry.' },
  'unsupported-media-type': { title: 'Something went wrong', fallback: 'The request was not understood.' },
  'rate-limited': { title: 'Slow down a little', fallback: 'Too many changes at once. Wait a moment and retry.' },
  'dependency-unavailable': {
    title: 'The service is busy',
    fallback: 'Calendars or storage are not answering right now. Your changes are kept; retry shortly.',
  },
  internal: { title: 'Something went wrong', fallback: 'The service hit an error. Retry in a moment.' },
  network: { title: 'Network error', fallback: 'The service could not be reached. Check your connection and retry.' },
};

/** What a view shows while an action waits out a busy service and re-sends by itself. */
export function retryingMessage(inSeconds: number): { title: string; detail: string } {
  const seconds = Math.max(1, Math.round(inSeconds));
  return {
    title: 'Retrying…',
    detail: `The service is busy. Trying again in ${seconds} s; what you entered is kept.`,
  };
}

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

/** Everything a view shows for a problem, from the one mapping above. */
export function describeProblem(problem: Problem): DescribedProblem {
  const code = problemCode(problem);
  const text = problemMessages[code];
  return {
    code,
    title: text.title,
    detail: problem.detail?.trim() || text.fallback,
    fields: problem.errors ?? [],
    retryable: retryableCodes.has(code),
  };
}

/** Soft notices after a 412 was merged: nothing failed, but the person should know what they see. */
export const mergeNotices = {
  theirsKept: 'Changed by someone else meanwhile: their version is shown.',
  gone: 'Removed by someone else meanwhile.',
} as const;
export type MergeNotice = keyof typeof mergeNotices;
