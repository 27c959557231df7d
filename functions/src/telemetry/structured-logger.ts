import { redactAttributes, redactString } from './redaction';

/** The part of an OpenTelemetry Logger the API uses (api-logs `Logger.emit`). */
export interface LogEmitter {
  emit(record: {
    severityNumber?: number;
    severityText?: string;
    body?: string;
    attributes?: Record<string, string | number | boolean>;
  }): void;
}

export interface StructuredLogger {
  /** `event` is a constant dotted name (`reminders.pass.done`), never built from data. */
  info(event: string, attributes?: Record<string, unknown>): void;
  warn(event: string, attributes?: Record<string, unknown>): void;
  error(event: string, attributes?: Record<string, unknown>): void;
}

// OpenTelemetry severity numbers.
const SEVERITY = { info: 9, warn: 13, error: 17 } as const;

export function createStructuredLogger(emitter: LogEmitter, operation: () => string | undefined): StructuredLogger {
  const emit = (level: keyof typeof SEVERITY, event: string, attributes?: Record<string, unknown>) => {
    const current = operation();
    emitter.emit({
      severityNumber: SEVERITY[level],
      severityText: level.toUpperCase(),
      body: redactString(event),
      attributes: redactAttributes({
        ...attributes,
        'peer.log_name': event,
        ...(current ? { 'peer.operation': current } : {}),
      }),
    });
  };
  return {
    info: (event, attributes) => emit('info', event, attributes),
    warn: (event, attributes) => emit('warn', event, attributes),
    error: (event, attributes) => emit('error', event, attributes),
  };
}
