import { describe, expect, it } from 'vitest';
import { promptText } from '../../../addin/src/i18n/prompt-text';
import { questionBank } from '../../../shared/discovery/question-bank';

describe('promptText: the question bank behind the catalogue lookup', () => {
  const prompt = questionBank[0]!;
  it('en-US shows the bank’s English text unchanged', () => {
    expect(promptText(prompt, 'en-US')).toBe(prompt.text);
  });
  it('the pseudo-locale marks every prompt (accented, bracketed, longer), apostrophes included', () => {
    for (const each of questionBank) {
      const text = promptText(each, 'qps-ploc');
      expect(text.startsWith('[') && text.endsWith(']')).toBe(true);
      expect(text.length).toBeGreaterThanOrEqual(Math.floor(each.text.length * 1.35));
      expect(text).not.toMatch(/[A-Za-z]{3}/);
    }
  });
});
