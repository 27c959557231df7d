import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '../../../shared/errors/app-error';
import { problemTypes } from '../../../shared/http/problem';
import {
  describeProblem,
  problemCode,
  problemMessageIds,
  type ProblemWording,
} from '../../../addin/src/features/problems/problem-messages';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';

const english: ProblemWording = { t: (id: MessageId) => enUS[id], serverWords: true };
const problemMessages = {
  get: (code: Parameters<typeof problemMessageIds>[0]) => {
    const ids = problemMessageIds(code);
    return { title: enUS[ids.title], fallback: enUS[ids.fallback] };
  },
};

describe('problem codes to user-facing messages', () => {
  it('has words in the catalogue for every AppError code and for network failures', () => {
    for (const code of [...appErrorCodes, 'network' as const]) {
      expect(problemMessages.get(code).title.length).toBeGreaterThan(0);
      expect(problemMessages.get(code).fallback.length).toBeGreaterThan(0);
    }
  });

  it('reads the code member when the API sends one', () => {
    expect(problemCode({ type: 'about:blank', title: 'x', status: 409, code: 'limit-reached' })).toBe('limit-reached');
    expect(problemCode({ type: problemTypes.conflict, title: 'x', status: 409, code: 'ended' })).toBe('ended');
  });

  it("falls back to today's problem type URIs", () => {
    expect(problemCode({ type: problemTypes.preconditionFailed, title: 'x', status: 412 })).toBe('precondition-failed');
    expect(problemCode({ type: problemTypes.upstreamUnavailable, title: 'x', status: 503 })).toBe(
      'dependency-unavailable',
    );
    expect(problemCode({ type: problemTypes.validation, title: 'x', status: 400 })).toBe('invalid-input');
  });

  it('ignores an unknown code and falls back to the status', () => {
    expect(problemCode({ type: 'about:blank', title: 'x', status: 429, code: 'made-up' })).toBe('rate-limited');
    expect(problemCode({ type: 'about:blank', title: 'Network error', status: 0 })).toBe('network');
    expect(problemCode({ type: 'about:blank', title: 'x', status: 502 })).toBe('internal');
  });

  it("describes a problem with the mapping's title, the server's detail, and the fields", () => {
    const described = describeProblem(
      {
        type: problemTypes.validation,
        title: 'Bad request',
        status: 400,
        detail: 'The body is not valid.',
        errors: [{ field: 'text', reason: 'Required' }],
      },
      english,
    );
    expect(described).toEqual({
      code: 'invalid-input',
      title: problemMessages.get('invalid-input').title,
      detail: 'The body is not valid.',
      fields: [{ field: 'text', reason: 'Required' }],
      retryable: false,
    });
  });

  it('uses its own words when the server sent no detail, and says when a retry can help', () => {
    const described = describeProblem({ type: 'about:blank', title: 'Service Unavailable', status: 503 }, english);
    expect(described.detail).toBe(problemMessages.get('dependency-unavailable').fallback);
    expect(described.retryable).toBe(true);
  });

  it("keeps the server's English out of a page in another language: the catalogue's words instead", () => {
    const seen: string[] = [];
    const other: ProblemWording = { t: (id) => (seen.push(id), `<${id}>`), serverWords: false };
    const described = describeProblem(
      {
        type: problemTypes.validation,
        title: 'Bad request',
        status: 400,
        detail: 'The body is not valid.',
        errors: [{ field: 'text', reason: 'Required' }],
      },
      other,
    );
    expect(described.title).toBe('<problem.invalid-input.title>');
    expect(described.detail).toBe('<problem.invalid-input.fallback>');
    expect(described.fields).toEqual([{ field: 'text', reason: '<problem.fieldToCheck>' }]);
    expect(seen).toEqual(['problem.invalid-input.title', 'problem.invalid-input.fallback', 'problem.fieldToCheck']);
  });
});
