import { useCallback, useContext, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { TimeView } from '../../../shared/time';
import { LocaleContext } from './I18nProvider';
import type { CatalogueLocale } from './locale';
import type { MessageId } from './messages.en-US';
import { promptText, type PromptRef } from './prompt-text';

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

/** The page's translator: `const { t, timeView } = useMessages(); t('problem.retry')`. */
export function useMessages(): Translator {
  const intl = useIntl();
  const locale = useContext(LocaleContext);
  return useMemo(
    () => ({
      t: (id, values) => intl.formatMessage({ id }, values),
      formatLocale: locale.formatLocale,
      timeView: { locale: locale.formatLocale, zone: locale.zone },
      catalogue: locale.catalogue,
    }),
    [intl, locale],
  );
}

/** Question-bank prompts in the page's catalogue (English until a translation is added). */
export function usePromptText(): (prompt: PromptRef) => string {
  const { catalogue } = useContext(LocaleContext);
  return useCallback((prompt: PromptRef) => promptText(prompt, catalogue), [catalogue]);
}
