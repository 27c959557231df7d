import { randomUUID } from 'node:crypto';
import type { DemoApp } from './apps';
import { GRAPH_DEFAULT_SCOPE } from './apps';
import { APP_TOKEN_SECONDS, type Issuer } from './identity';

// POST /{tenant}/oauth2/v2.0/token with grant_type=client_credentials, answered the way Entra does:
// form body in, JSON out, AADSTS codes in error_description and error_codes.

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

function entraError(status: number, error: string, code: number, description: string, now: Date): TokenAnswer {
  const traceId = randomUUID();
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${traceId} Timestamp: ${now.toISOString()}`,
      error_codes: [code],
      timestamp: now
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z'),
      trace_id: traceId,
      correlation_id: traceId,
    },
  };
}

export async function clientCredentialsToken(
  form: URLSearchParams,
  deps: { apps: readonly DemoApp[]; issuer: Issuer; now: Date },
): Promise<TokenAnswer> {
  const { now } = deps;
  const grant = form.get('grant_type');
  if (!grant)
    return entraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
      now,
    );
  if (grant !== 'client_credentials')
    return entraError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant}'.`,
      now,
    );
  const clientId = form.get('client_id');
  if (!clientId)
    return entraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
      now,
    );
  const app = deps.apps.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
  if (!app)
    return entraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory.`,
      now,
    );
  const secret = form.get('client_secret');
  if (!secret)
    return entraError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      now,
    );
  if (secret !== app.clientSecret)
    return entraError(401, 'invalid_client', 7000215, 'Invalid client secret provided.', now);
  const scope = form.get('scope');
  if (!scope)
    return entraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'scope'.",
      now,
    );
  if (scope.trim() !== GRAPH_DEFAULT_SCOPE)
    return entraError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`,
      now,
    );
  const token = await deps.issuer.issueAppToken(app);
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: APP_TOKEN_SECONDS,
      ext_expires_in: APP_TOKEN_SECONDS,
      access_token: token,
    },
  };
}
