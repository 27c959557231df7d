import { GraphError, type Client } from '@microsoft/microsoft-graph-client';

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Graph accepts at most 20 requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;
/** A part throttled inside a batch is retried this many times, after its Retry-After. */
const MAX_PART_RETRIES = 3;
const MAX_RETRY_AFTER_SECONDS = 10;

export interface BatchRunner {
  /** Runs the requests in as few `$batch` round trips as Graph allows; returns responses by id. */
  run(requests: BatchRequest[]): Promise<Map<string, BatchResponse>>;
  /** Round trips made so far (each `$batch` POST counts one). */
  readonly roundTrips: number;
}

/**
 * `$batch` with the retry Graph expects from callers: the client's retry middleware covers a
 * throttled `$batch` as a whole, but parts answered 429/503 inside a 200 batch are re-sent here,
 * after the longest Retry-After among them.
 */
export function createBatchRunner(client: Client, sleep = defaultSleep): BatchRunner {
  let roundTrips = 0;
  const postOnce = async (requests: BatchRequest[]): Promise<BatchResponse[]> => {
    roundTrips += 1;
    const answer = (await client.api('/$batch').post({ requests })) as { responses?: BatchResponse[] };
    return answer.responses ?? [];
  };

  return {
    get roundTrips() {
      return roundTrips;
    },
    async run(requests) {
      const results = new Map<string, BatchResponse>();
      let pending = requests;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        const chunks: BatchRequest[][] = [];
        for (let i = 0; i < pending.length; i += MAX_BATCH_SIZE) chunks.push(pending.slice(i, i + MAX_BATCH_SIZE));
        const answers = (await Promise.all(chunks.map(postOnce))).flat();
        let retryAfter = 0;
        const again: BatchRequest[] = [];
        for (const request of pending) {
          const response = answers.find((r) => r.id === request.id);
          const throttled = !response || response.status === 429 || response.status === 503;
          if (throttled && attempt < MAX_PART_RETRIES) {
            again.push(request);
            retryAfter = Math.max(retryAfter, retryAfterSeconds(response));
          } else if (response) {
            results.set(request.id, response);
          } else {
            results.set(request.id, { id: request.id, status: 503 });
          }
        }
        pending = again;
        if (pending.length > 0) await sleep(Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS) * 1000);
      }
      return results;
    },
  };
}

/** The body of a successful part, or a GraphError shaped like the client's own for a failed one. */
export function partBody<T>(response: BatchResponse | undefined): T {
  if (!response) throw new GraphError(503, 'Missing batch response');
  if (response.status >= 200 && response.status < 300) return response.body as T;
  const error = new GraphError(response.status, `Graph answered ${response.status} inside $batch`);
  error.headers = new Headers(response.headers ?? {});
  throw error;
}

function retryAfterSeconds(response: BatchResponse | undefined): number {
  const header = Object.entries(response?.headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after');
  const seconds = Number(header?.[1]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
