import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { enUS, type MessageId } from '../../../addin/src/i18n/messages.en-US';
import { pseudoCatalogue, pseudoLocalize } from '../../../addin/src/i18n/pseudo-localize';

const pseudo = pseudoCatalogue(enUS);
const ids = Object.keys(enUS) as MessageId[];

/** Every `{name` that opens an argument (plural branches open with `{` after a keyword, not a name). */
function argumentNames(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!);
}

const isSelect = (message: string, name: string) => new RegExp(`\\{\\s*${name}\\s*,\\s*select\\b`).test(message);

/**
 * A number for plural arguments (so `#` shows it), `other` for selects (the branch every select
 * has), and a recognisable word for the others.
 */
function sampleValues(message: string): Record<string, string | number> {
  return Object.fromEntries(
    argumentNames(message).map((name) => [
      name,
      new RegExp(`\\{\\s*${name}\\s*,\\s*(plural|selectordinal)`).test(message)
        ? 7
        : isSelect(message, name)
          ? 'other'
          : `«${name}»`,
    ]),
  );
}

function format(locale: string, messages: Record<string, string>, id: string, values: Record<string, unknown>) {
  const errors: unknown[] = [];
  const intl = createIntl({ locale, messages, onError: (error) => errors.push(error) });
  const text = intl.formatMessage({ id }, values as Record<string, string>);
  return { text, errors };
}

describe('the qps-ploc pseudo-locale generated from en-US', () => {
  it('has exactly the keys of en-US', () => {
    expect(Object.keys(pseudo).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s keeps its ICU arguments and formats without error', (id) => {
    const names = argumentNames(enUS[id]);
    const values = sampleValues(enUS[id]);
    const english = format('en-US', enUS, id, values);
    const pseudoText = format('en-US', pseudo, id, values);
    expect(english.errors).toEqual([]);
    expect(pseudoText.errors).toEqual([]);
    expect(argumentNames(pseudo[id]).sort()).toEqual([...names].sort());
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string' && !isSelect(enUS[id], name)) expect(pseudoText.text, name).toContain(value);
    }
  });

  it.each(ids)('%s is accented, bracketed and its text about 40 percent longer', (id) => {
    const values = sampleValues(enUS[id]);
    const english = format('en-US', enUS, id, values).text;
    const text = format('en-US', pseudo, id, values).text;
    expect(text.startsWith('[') && text.endsWith(']')).toBe(true);
    // The growth applies to the message's own words, not to the values put into it.
    const words = Object.values(values).reduce<string>((rest, value) => rest.split(String(value)).join(''), english);
    expect(text.length - english.length).toBeGreaterThanOrEqual(Math.floor(words.length * 0.35));
    // No run of three plain ASCII letters survives outside the values: an untranslated string would.
    const own = Object.values(values).reduce<string>((rest, value) => rest.split(String(value)).join(''), text);
    expect(own).not.toMatch(/[A-Za-z]{3}/);
  });

  it('plural branches are localised and the # stays the count', () => {
    const message = pseudoLocalize('{count, plural, =0 {No people} one {# person} other {# people}}');
    expect(message).toContain('{count, plural, =0 {Ƞǿ ƥḗǿƥŀḗ} one {# ƥḗřşǿƞ} other {# ƥḗǿƥŀḗ}}');
    const intl = createIntl({ locale: 'en-US', messages: { m: message } });
    expect(intl.formatMessage({ id: 'm' }, { count: 3 })).toMatch(/^\[3 ƥḗǿƥŀḗ·+\]$/);
    expect(intl.formatMessage({ id: 'm' }, { count: 1 })).toMatch(/^\[1 ƥḗřşǿƞ·+\]$/);
  });

  it('formatted arguments and quoted braces are copied verbatim', () => {
    expect(pseudoLocalize('Due {due, date, medium}')).toMatch(/^\[Ḓŭḗ \{due, date, medium\}·+\]$/);
    expect(pseudoLocalize("Use '{braces}' here")).toContain("'{braces}'");
  });

  it('rejects a message with an unclosed argument rather than guessing', () => {
    expect(() => pseudoLocalize('Hello {name')).toThrow(SyntaxError);
  });
});
