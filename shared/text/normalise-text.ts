import { z } from 'zod';
import { ok, type Outcome } from '../errors/app-error';

/**
 * What user text may hold once stored: no control characters but newline and tab, no bidi
 * overrides or isolates (U+202A–U+202E, U+2066–U+2069) that let a name or note display as
 * something else, no unpaired UTF-16 surrogates, and something left after trimming.
 */

// C0 controls except \t (09) and \n (0A), DEL, and the C1 block.
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const textReasons = {
  loneSurrogate: 'must not contain unpaired surrogate characters',
  empty: 'must not be empty',
  tooLong: (max: number) => `must be at most ${max} characters`,
  multiline: 'must be a single line',
} as const;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * Cleans text without judging it: CRLF and CR become LF, controls and bidi controls go, the
 * result is NFC and trimmed. Single-line fields also turn newlines and tabs into spaces.
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  let cleaned = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(BIDI_CONTROL, '');
  if (!options.multiline) cleaned = cleaned.replace(/[\n\t]+/g, ' ');
  return cleaned.normalize('NFC').trim();
}

/** Cleans and judges: the stored form, or why the text cannot be stored. */
export function normaliseText(text: string, options: { max?: number; multiline?: boolean } = {}): Outcome<string> {
  if (hasLoneSurrogate(text)) return { ok: false, code: 'invalid-input', reason: textReasons.loneSurrogate };
  const cleaned = cleanText(text, options);
  if (cleaned.length === 0) return { ok: false, code: 'invalid-input', reason: textReasons.empty };
  if (options.max !== undefined && cleaned.length > options.max) {
    return { ok: false, code: 'invalid-input', reason: textReasons.tooLong(options.max) };
  }
  return ok(cleaned);
}

/**
 * The schema for every user text field in the contracts: parses to the cleaned text, and fails
 * with a field reason from `textReasons`. `max` counts UTF-16 units of the cleaned text. Built
 * from checks and `overwrite` (no transform), so `z.toJSONSchema` still describes it.
 */
export function userText(options: { max: number; multiline?: boolean }) {
  const { max, multiline = false } = options;
  return z
    .string()
    .refine((text) => !hasLoneSurrogate(text), { message: textReasons.loneSurrogate, abort: true })
    .overwrite((text) => cleanText(text, { multiline }))
    .min(1, { message: textReasons.empty })
    .max(max, { message: textReasons.tooLong(max) });
}

/**
 * The same cleaning for text a user may clear (a goal note, a private note, a decline reason):
 * blank after cleaning is allowed and stored as the empty string.
 */
export function clearableUserText(options: { max: number; multiline?: boolean }) {
  const { max, multiline = false } = options;
  return z
    .string()
    .refine((text) => !hasLoneSurrogate(text), { message: textReasons.loneSurrogate, abort: true })
    .overwrite((text) => cleanText(text, { multiline }))
    .max(max, { message: textReasons.tooLong(max) });
}
