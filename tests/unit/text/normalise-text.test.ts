import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../../../shared/http/problem';
import { cleanText, normaliseText, textReasons, userText } from '../../../shared/text/normalise-text';

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('normaliseText', () => {
  it.each([
    ['NUL and ESC are stripped', 'a\u0000b\u001B[31mc', 'ab[31mc'],
    ['DEL and C1 controls are stripped', 'a\u007Fb\u0085c', 'abc'],
    ['a right-to-left override is removed', 'invoice\u202Egpj.exe', 'invoicegpj.exe'],
    [
      'every bidi embedding, override and isolate is removed',
      '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069',
      'abcdefg',
    ],
    ['surrounding whitespace is trimmed', '  hello \t', 'hello'],
    ['an emoji (a valid surrogate pair) is kept', 'ship it 🚀', 'ship it 🚀'],
    ['text is NFC-composed', 'cafe\u0301', 'café'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toEqual({ ok: true, value: expected });
  });

  it('keeps newlines and tabs in multi-line text and turns CRLF into LF', () => {
    expect(normaliseText('line one\r\n\tline two\rthree', { multiline: true })).toEqual({
      ok: true,
      value: 'line one\n\tline two\nthree',
    });
  });

  it('folds newlines and tabs into spaces in single-line text', () => {
    expect(normaliseText('a\nb\tc')).toEqual({ ok: true, value: 'a b c' });
  });

  it.each([
    ['a lone high surrogate', 'abc\uD83D', textReasons.loneSurrogate],
    ['a lone low surrogate', '\uDE80abc', textReasons.loneSurrogate],
    ['an empty string', '', textReasons.empty],
    ['only whitespace', ' \n\t ', textReasons.empty],
    ['only controls and bidi characters', '\u0000\u202E\u2066', textReasons.empty],
  ])('refuses %s', (_name, input, reason) => {
    expect(normaliseText(input, { multiline: true })).toEqual({ ok: false, code: 'invalid-input', reason });
  });

  it('measures the limit on the cleaned text', () => {
    expect(normaliseText('\u202Eabc\u0000', { max: 3 })).toEqual({ ok: true, value: 'abc' });
    expect(normaliseText('abcd', { max: 3 })).toMatchObject({ ok: false, reason: textReasons.tooLong(3) });
  });

  it('never lets a control or bidi character through, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), (text, multiline) => {
        const once = cleanText(text, { multiline });
        expect(once).not.toMatch(FORBIDDEN);
        expect(cleanText(once, { multiline })).toBe(once);
        if (!multiline) expect(once).not.toMatch(/[\n\t]/);
      }),
    );
  });
});

describe('userText (the contract helper)', () => {
  const body = z.object({ title: userText({ max: 10 }), note: userText({ max: 100, multiline: true }).optional() });

  it('parses to the cleaned text', () => {
    expect(body.parse({ title: ' Plan\u202E ', note: 'a\r\nb' })).toEqual({ title: 'Plan', note: 'a\nb' });
  });

  it.each([
    [{ title: '\u0000 ' }, 'title', textReasons.empty],
    [{ title: 'x\uD800' }, 'title', textReasons.loneSurrogate],
    [{ title: 'eleven char' }, 'title', textReasons.tooLong(10)],
    [{ title: 'ok', note: '\u2066\u2069' }, 'note', textReasons.empty],
  ])('refuses %j naming the field', (input, field, reason) => {
    const result = body.safeParse(input);
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!)).toEqual([{ field, reason }]);
  });

  it('still has a JSON Schema (no transform inside)', () => {
    expect(z.toJSONSchema(body)).toMatchObject({
      properties: { title: { type: 'string', minLength: 1, maxLength: 10 } },
      required: ['title'],
    });
  });
});
