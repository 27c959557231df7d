import type { HttpResponseInit } from '@azure/functions';
import { PROBLEM_CONTENT_TYPE, problemTypes, type FieldError, type Problem } from '../../../shared/http/problem';

/** A failure that maps to one problem+json response. Services throw it; handlers never build errors by hand. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }

  toResponse(): HttpResponseInit {
    const { headers, ...members } = this.extra;
    const body: Problem = { type: this.type, title: this.title, status: this.status, ...members };
    if (this.detail !== undefined) body.detail = this.detail;
    return {
      status: this.status,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
      body: JSON.stringify(body),
    };
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'The request is not valid.') =>
    new HttpProblem(400, problemTypes.validation, 'Invalid request', detail, { errors }),
  unauthorized: (detail: string) =>
    new HttpProblem(401, problemTypes.unauthorized, 'Unauthorized', detail, {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    }),
  notFound: (detail = 'Not found.') => new HttpProblem(404, problemTypes.notFound, 'Not found', detail),
  upstreamUnavailable: (detail: string, retryAfterSeconds: number) =>
    new HttpProblem(503, problemTypes.upstreamUnavailable, 'Service unavailable', detail, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  internal: () => new HttpProblem(500, problemTypes.internal, 'Internal error', 'Something went wrong on our side.'),
};
