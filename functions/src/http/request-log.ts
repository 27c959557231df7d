import type { InvocationContext } from '@azure/functions';
import { redactString } from '../telemetry/redaction';
import { createStructuredLogger, type StructuredLogger } from '../telemetry/structured-logger';

/**
 * One line per request: method, the contract's operation name, status and milliseconds. Never
 * the URL (ids), a header (tokens) or a body (notes); a 500 adds the error's stack, with tokens
 * and mail addresses masked, so it can be acted on.
 */
export interface RequestLogEntry {
  method: string;
  operation: string;
  status: number;
  ms: number;
  /** The unexpected failure behind a 500. */
  error?: unknown;
}

export type RequestLogSink = (entry: RequestLogEntry) => void;

/** The text of one entry (and the masked stack of a 500), as the dev host prints it. */
export function requestLogLines(entry: RequestLogEntry): string[] {
  const line = `${entry.method} ${entry.operation} ${entry.status} ${Math.round(entry.ms)}ms`;
  if (entry.status < 500 || entry.error === undefined) return [line];
  const stack = entry.error instanceof Error ? (entry.error.stack ?? entry.error.name) : typeof entry.error;
  return [line, ...stack.split('\n').map((frame) => `  ${redactString(frame.trim())}`)];
}

export function consoleRequestLog(write: (line: string) => void = (line) => console.log(line)): RequestLogSink {
  return (entry) => requestLogLines(entry).forEach(write);
}

/** The same entry through the structured logger (and so the telemetry pipeline on Azure). */
export function structuredRequestLog(logger: StructuredLogger): RequestLogSink {
  return ({ method, operation, status, ms, error }) => {
    const attributes = { 'http.method': method, 'http.status_code': status, 'http.duration_ms': Math.round(ms) };
    if (status < 500) return logger.info(`http.${operation}`, attributes);
    const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(0, 6) : [];
    logger.error(`http.${operation}`, {
      ...attributes,
      'error.type': error instanceof Error ? error.name : 'unknown',
      ...Object.fromEntries(frames.map((frame, i) => [`error.stack.${i}`, frame.trim()])),
    });
  };
}

/** On Azure: the structured logger writing to the invocation's own log (Application Insights). */
export function invocationRequestLog(context: InvocationContext): RequestLogSink {
  const logger = createStructuredLogger(
    {
      emit: (record) => {
        const text = JSON.stringify({ event: record.body, ...record.attributes });
        if ((record.severityNumber ?? 0) >= 17) context.error(text);
        else context.info(text);
      },
    },
    () => context.functionName,
  );
  return structuredRequestLog(logger);
}
