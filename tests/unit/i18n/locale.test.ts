import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../addin/src/i18n/locale';

describe('resolveLocale', () => {
  it('an explicit ?locale=qps-ploc wins over host and browser', () => {
    expect(resolveLocale(['qps-ploc', 'de-DE', 'en-GB'])).toEqual({ formatLocale: 'qps-ploc', catalogue: 'qps-ploc' });
  });
  it('a German host formats in German while showing the English catalogue (the only one shipped)', () => {
    expect(resolveLocale([null, 'de-DE', 'en-US'])).toEqual({ formatLocale: 'de-DE', catalogue: 'en-US' });
  });
  it('en-GB reads en-US text but keeps its own 24-hour formatting locale', () => {
    expect(resolveLocale([undefined, 'en-gb'])).toEqual({ formatLocale: 'en-GB', catalogue: 'en-US' });
  });
  it('skips tags Intl rejects and falls back to en-US when nothing is usable', () => {
    expect(resolveLocale(['not a locale!', '', 'ja-JP'])).toEqual({ formatLocale: 'ja-JP', catalogue: 'en-US' });
    expect(resolveLocale([null, undefined, '%%'])).toEqual({ formatLocale: 'en-US', catalogue: 'en-US' });
  });
});
