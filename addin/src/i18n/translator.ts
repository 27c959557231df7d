import type { TimeView } from '../../../shared/time';
import type { CatalogueLocale } from './locale';
import type { MessageId } from './messages.en-US';

/**
 * The page's translator as a type of its own, apart from the hook (use-messages.ts), so wording
 * modules and their tests need no React context or catalogue loader to name it.
 */

/** Values an ICU message takes: plain text, numbers (plurals), dates. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export interface Translator {
  /** The message `id` with its ICU arguments filled in; ids are checked against the catalogue. */
  t(id: MessageId, values?: MessageValues): string;
  /** The user's locale for Intl (dates, numbers): their own tag even when the text is English. */
  formatLocale: string;
  /** Locale and zone for shared/time's formatting functions. */
  timeView: TimeView;
  /** The catalogue shown: English text from the server (problem details) fits only en-US. */
  catalogue: CatalogueLocale;
}

/**
 * What a wording function needs of the translator: `Translator['t']` is one, and so is the bare
 * catalogue through an ICU formatter in a unit test (its values are only text and numbers).
 */
export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;
