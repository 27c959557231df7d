import { z } from 'zod';

/** One field-level reason inside a problem (RFC 9457 extension member). */
export const fieldErrorSchema = z.object({
  field: z.string(),
  reason: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, as every API error is answered (`application/problem+json`). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .passthrough();
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types the client reacts to by name, not by parsing prose. */
export const problemTypes = {
  validation: 'https://peer1on1s.example/problems/validation',
  unauthorized: 'https://peer1on1s.example/problems/unauthorized',
  consentRequired: 'https://peer1on1s.example/problems/consent-required',
  notFound: 'https://peer1on1s.example/problems/not-found',
  conflict: 'https://peer1on1s.example/problems/conflict',
  preconditionFailed: 'https://peer1on1s.example/problems/precondition-failed',
  preconditionRequired: 'https://peer1on1s.example/problems/precondition-required',
  upstreamUnavailable: 'https://peer1on1s.example/problems/upstream-unavailable',
  internal: 'https://peer1on1s.example/problems/internal',
} as const;

/** Turns a zod error into field-level reasons: `peers[2]` → "Expected string". */
export function fieldErrorsFromZod(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: prefix + formatPath(issue.path),
    reason: issue.message,
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}
