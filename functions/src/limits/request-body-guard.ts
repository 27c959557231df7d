import { AppError } from '../../../shared/errors/app-error';

/**
 * The checks a request body passes before anything reads it whole: a JSON content type (415),
 * a declared length within the limit (413), and a streaming byte count that stops reading as soon
 * as the limit is passed (413), so a 200 MB upload costs at most one chunk past 256 KB of memory.
 * Cheap and token-free, so the host runs it before authentication.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HeaderReader {
  get(name: string): string | null;
}
/** A web ReadableStream (Azure Functions, fetch) and a Node Readable (IncomingMessage) both are. */
export type BodySource = AsyncIterable<Uint8Array | string>;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

const tooLarge = (maxBytes: number) =>
  new AppError('payload-too-large', `The request body is larger than ${maxBytes} bytes.`);

/**
 * Checks the headers alone. Answers whether a body is announced at all: no Content-Length and no
 * Transfer-Encoding (or a length of 0) means there is none, and no content type is needed.
 */
export function checkBodyHeaders(headers: HeaderReader, maxBytes = MAX_BODY_BYTES): { hasBody: boolean } {
  const length = headers.get('content-length');
  const chunked = headers.get('transfer-encoding') !== null;
  if (length !== null && !/^\d{1,15}$/.test(length.trim())) {
    throw new AppError('invalid-input', 'Content-Length is not a number.', {
      errors: [{ field: 'Content-Length', reason: 'must be a whole number of bytes' }],
    });
  }
  const declared = length === null ? undefined : Number(length.trim());
  if (!chunked && (declared === undefined || declared === 0)) return { hasBody: false };
  if (declared !== undefined && declared > maxBytes) throw tooLarge(maxBytes);
  const type = (headers.get('content-type') ?? '').split(';');
  const mediaType = (type[0] ?? '').trim();
  const charset = type
    .slice(1)
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='));
  if (!JSON_TYPE.test(mediaType) || (charset && !/^charset="?utf-8"?$/.test(charset))) {
    throw new AppError('unsupported-media-type', 'Send the body as application/json (UTF-8).');
  }
  return { hasBody: true };
}

/**
 * Reads the body as UTF-8 text, counting bytes as they arrive; past `maxBytes` it stops and the
 * stream is cancelled (leaving a for-await loop cancels a web stream and destroys a Node one).
 */
export async function readBodyText(source: BodySource | null, maxBytes = MAX_BODY_BYTES): Promise<string> {
  if (!source) return '';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder();
  let bytes = 0;
  let text = '';
  try {
    for await (const chunk of source) {
      const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      bytes += data.byteLength;
      if (bytes > maxBytes) throw tooLarge(maxBytes);
      text += decoder.decode(data, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof TypeError) {
      throw new AppError('invalid-input', 'The body is not valid UTF-8.', {
        errors: [{ field: 'body', reason: 'must be UTF-8 text' }],
      });
    }
    throw error;
  }
}

/**
 * Headers, then the streamed body, then JSON. `undefined` when no body was sent (the contract
 * decides whether one is required); a body that is not JSON is a 400 naming `body`.
 */
export async function readJsonBody(
  request: { headers: HeaderReader; body: BodySource | null },
  maxBytes = MAX_BODY_BYTES,
): Promise<unknown> {
  if (!checkBodyHeaders(request.headers, maxBytes).hasBody) return undefined;
  const text = await readBodyText(request.body, maxBytes);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid-input', 'The body is not valid JSON.', {
      errors: [{ field: 'body', reason: 'must be valid JSON' }],
    });
  }
}
