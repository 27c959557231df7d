import type { AppErrorCode } from '../errors/app-error';

/** Each code's HTTP status, as the API answers it (the functions' problem mapping reads this too). */
export const statusByCode: Record<AppErrorCode, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  'consent-required': 403,
  forbidden: 403,
  'not-found': 404,
  'not-a-peer': 422,
  ended: 409,
  conflict: 409,
  'limit-reached': 409,
  'precondition-required': 428,
  'precondition-failed': 412,
  'precondition-invalid': 400,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  'dependency-unavailable': 503,
  internal: 500,
};

export const statusOfCode = (code: AppErrorCode): number => statusByCode[code];
