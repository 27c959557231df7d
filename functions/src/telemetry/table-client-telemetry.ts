import type { TableClient } from '@azure/data-tables';
import type { DependencyScope, Telemetry } from './telemetry';

type PipelinePolicy = Parameters<TableClient['pipeline']['addPolicy']>[0];
type PipelineRequest = Parameters<PipelinePolicy['sendRequest']>[0];

/**
 * Wraps every call a TableClient makes in a `table` dependency span: one span per logical call, with
 * the status of each attempt the SDK's retry policy makes. The span names the table and method only;
 * URLs carry partition and row keys (tenant and user ids), so they are never recorded.
 */
export function instrumentTableClient(client: TableClient, telemetry: Telemetry): void {
  const scopes = new WeakMap<PipelineRequest, DependencyScope>();
  client.pipeline.addPolicy({
    name: 'peerTableDependencySpan',
    sendRequest: (request, next) =>
      telemetry.dependency('table', tableOperation(request.method, request.url), (scope) => {
        scopes.set(request, scope);
        return next(request);
      }),
  });
  client.pipeline.addPolicy(
    {
      name: 'peerTableAttempt',
      sendRequest: async (request, next) => {
        try {
          const response = await next(request);
          scopes.get(request)?.attempt(response.status);
          return response;
        } catch (error) {
          const status = (error as { statusCode?: number }).statusCode;
          scopes.get(request)?.attempt(typeof status === 'number' ? status : 0);
          throw error;
        }
      },
    },
    { afterPhase: 'Retry' },
  );
}

/** `GET Relationships`, `POST $batch`, `POST Tables`: the first path segment without its key part. */
export function tableOperation(method: string, url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  // Azurite puts the account name first; Azure has it in the host name.
  const first = segments.find((s) => s !== 'devstoreaccount1') ?? '';
  const table = first.replace(/\(.*$/, '');
  return `${method} ${/^[A-Za-z$][A-Za-z0-9]{0,62}$/.test(table) ? table : 'unknown'}`;
}
