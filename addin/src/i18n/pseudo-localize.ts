/**
 * Pseudo-localisation as Microsoft's qps-ploc does it: every letter accented, the text padded to
 * about 40% longer and bracketed, so untranslated strings (plain ASCII) and truncation show at a
 * glance. ICU syntax is kept intact: arguments, formats, plural and select keywords and `#`; only
 * the literal text (including inside plural branches) is changed.
 */

const ACCENTED: Record<string, string> = {
  a: 'ȧ',
  b: 'ƀ',
  c: 'ƈ',
  d: 'ḓ',
  e: 'ḗ',
  f: 'ƒ',
  g: 'ɠ',
  h: 'ħ',
  i: 'ī',
  j: 'ĵ',
  k: 'ķ',
  l: 'ŀ',
  m: 'ḿ',
  n: 'ƞ',
  o: 'ǿ',
  p: 'ƥ',
  q: 'ɋ',
  r: 'ř',
  s: 'ş',
  t: 'ŧ',
  u: 'ŭ',
  v: 'ṽ',
  w: 'ẇ',
  x: 'ẋ',
  y: 'ẏ',
  z: 'ẑ',
  A: 'Ȧ',
  B: 'Ɓ',
  C: 'Ƈ',
  D: 'Ḓ',
  E: 'Ḗ',
  F: 'Ƒ',
  G: 'Ɠ',
  H: 'Ħ',
  I: 'Ī',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ŀ',
  M: 'Ḿ',
  N: 'Ƞ',
  O: 'Ǿ',
  P: 'Ƥ',
  Q: 'Ɋ',
  R: 'Ř',
  S: 'Ş',
  T: 'Ŧ',
  U: 'Ŭ',
  V: 'Ṽ',
  W: 'Ẇ',
  X: 'Ẋ',
  Y: 'Ẏ',
  Z: 'Ẑ',
};

/** The share of extra length; German and Finnish run 30–40% longer than English. */
const GROWTH = 0.4;
const PADDING = '·';

const PLURAL_TYPES = new Set(['plural', 'select', 'selectordinal']);

export function pseudoLocalize(message: string): string {
  const walker = new Walker(message);
  const body = walker.message(false);
  if (walker.at < message.length) throw new SyntaxError(`Unbalanced "}" in: ${message}`);
  const length = walker.literalLength;
  const pad = PADDING.repeat(Math.max(1, Math.round(length * GROWTH)));
  return `[${body}${pad}]`;
}

class Walker {
  at = 0;
  literalLength = 0;
  constructor(private readonly text: string) {}

  /** Literal text and arguments up to an unmatched `}` or the end. */
  message(inPlural: boolean): string {
    let out = '';
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === '}') return out;
      if (ch === '{') out += this.argument();
      else if (ch === "'" && /['{}#|]/.test(this.text[this.at + 1] ?? '')) out += this.quoted();
      else if (ch === '<') out += this.tag();
      else if (ch === '#' && inPlural) {
        out += ch;
        this.at += 1;
      } else {
        out += ACCENTED[ch] ?? ch;
        this.literalLength += 1;
        this.at += 1;
      }
    }
    return out;
  }

  /** `{name}`, `{n, number, ::percent}` kept verbatim; plural/select branches walked. */
  private argument(): string {
    const start = this.at;
    this.at += 1;
    const head = this.readUntil(/[,}]/);
    if (this.text[this.at] === '}') {
      this.at += 1;
      return `{${head}}`;
    }
    this.at += 1; // ','
    const type = this.readUntil(/[,}]/).trim();
    if (!PLURAL_TYPES.has(type)) {
      this.skipBalanced();
      return this.text.slice(start, this.at);
    }
    let out = `{${head},${this.text[this.at] === ',' ? ` ${type},` : ` ${type}`}`;
    if (this.text[this.at] === ',') this.at += 1;
    while (this.at < this.text.length && this.text[this.at] !== '}') {
      const selector = this.readUntil(/[{}]/);
      if (this.text[this.at] !== '{') break;
      this.at += 1;
      const branch = this.message(type !== 'select');
      this.expect('}');
      out += `${selector}{${branch}}`;
    }
    this.expect('}');
    return `${out}}`;
  }

  /** ICU apostrophe quoting: `'{'` is a literal brace; `''` is one apostrophe. */
  private quoted(): string {
    const end = this.text.indexOf("'", this.at + 1);
    const chunk = end < 0 ? this.text.slice(this.at) : this.text.slice(this.at, end + 1);
    this.at += chunk.length;
    return chunk;
  }

  /** Rich-text tags (`<b>`, `</b>`) stay as they are; their content is walked as text. */
  private tag(): string {
    const end = this.text.indexOf('>', this.at);
    if (end < 0) {
      this.at += 1;
      return '<';
    }
    const chunk = this.text.slice(this.at, end + 1);
    this.at = end + 1;
    return chunk;
  }

  private readUntil(stop: RegExp): string {
    const start = this.at;
    while (this.at < this.text.length && !stop.test(this.text[this.at]!)) this.at += 1;
    return this.text.slice(start, this.at);
  }

  /** From inside an argument to just past its closing brace. */
  private skipBalanced() {
    let depth = 1;
    while (this.at < this.text.length && depth > 0) {
      if (this.text[this.at] === '{') depth += 1;
      else if (this.text[this.at] === '}') depth -= 1;
      this.at += 1;
    }
    if (depth > 0) throw new SyntaxError(`Unclosed "{" in: ${this.text}`);
  }

  private expect(ch: string) {
    if (this.text[this.at] !== ch) throw new SyntaxError(`Expected "${ch}" at ${this.at} in: ${this.text}`);
    this.at += 1;
  }
}

/** Plain text (no ICU syntax, e.g. a question-bank prompt) in the pseudo-locale. */
export function pseudoText(text: string): string {
  const accented = [...text].map((ch) => ACCENTED[ch] ?? ch).join('');
  return `[${accented}${PADDING.repeat(Math.max(1, Math.round(text.length * GROWTH)))}]`;
}

/** The whole catalogue in the pseudo-locale, key for key. */
export function pseudoCatalogue<K extends string>(messages: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) out[key] = pseudoLocalize(messages[key]);
  return out;
}
