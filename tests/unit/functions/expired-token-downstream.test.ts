import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { problemFromGraphError } from '../../../functions/src/graph/graph-errors';
import { createOboTokenProvider } from '../../../functions/src/graph/obo-token-provider';
import { problemResponse } from '../../../functions/src/http/problem-mapping';
import { AppError } from '../../../shared/errors/app-error';
import { problemTypes } from '../../../shared/http/problem';

/** What the API answers for a failure: its status and problem type, through the one mapping. */
function answered(error: unknown) {
  if (!(error instanceof AppError)) throw error;
  const response = problemResponse(error);
  return { status: response.status, type: (JSON.parse(String(response.body)) as { type: string }).type };
}

const caller = { tenantId: '11111111-2222-3333-4444-555555555555', userId: 'u1', token: 't' };

function entraRefusing(errorMessage: string) {
  return createOboTokenProvider({
    clock: { now: () => new Date() },
    client: {
      acquireTokenOnBehalfOf: () =>
        Promise.reject(Object.assign(new Error(errorMessage), { errorCode: 'invalid_grant', errorMessage })),
    },
  });
}

describe('an expired token downstream is a 401, consent stays a 403', () => {
  it('OBO refusing an expired assertion (AADSTS500133) answers 401', async () => {
    const error = await entraRefusing('AADSTS500133: Assertion is not within its valid time range.')
      .tokenFor(caller)
      .catch((e: unknown) => e);
    expect(answered(error)).toEqual({ status: 401, type: problemTypes.unauthorized });
  });

  it('OBO refusing for missing consent (AADSTS65001) still answers 403 consent-required', async () => {
    const error = await entraRefusing('AADSTS65001: The user or administrator has not consented.')
      .tokenFor(caller)
      .catch((e: unknown) => e);
    expect(answered(error)).toEqual({ status: 403, type: problemTypes.consentRequired });
  });

  it('Graph answering 401 maps to 401, Graph answering 403 to consent-required', () => {
    expect(answered(problemFromGraphError(new GraphError(401, 'InvalidAuthenticationToken'))).status).toBe(401);
    expect(answered(problemFromGraphError(new GraphError(403, 'Authorization_RequestDenied')))).toEqual({
      status: 403,
      type: problemTypes.consentRequired,
    });
  });
});
