import type { CatalogueLocale } from './locale';
import { pseudoText } from './pseudo-localize';

/** A question-bank prompt as the API sends it: a stable id and its English text. */
export interface PromptRef {
  id: string;
  text: string;
}

/**
 * Translations of question-bank prompts by prompt id, per catalogue. None are shipped yet: the bank
 * stays English (shared/discovery/question-bank.ts is the source), but every page shows prompts
 * through this lookup so a translation is a table added here, not a change to the pages.
 */
const translations: Partial<Record<CatalogueLocale, Readonly<Record<string, string>>>> = {};

export function promptText(prompt: PromptRef, catalogue: CatalogueLocale): string {
  // The pseudo-locale marks prompts too, so a render test sees any prompt that skips this lookup.
  if (catalogue === 'qps-ploc') return pseudoText(prompt.text);
  return translations[catalogue]?.[prompt.id] ?? prompt.text;
}
