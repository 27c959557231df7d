import { useCallback, useContext, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { LocaleContext } from './I18nProvider';
import { promptText, type PromptRef } from './prompt-text';
import type { Translator } from './translator';

export type { MessageValues, Translator } from './translator';

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
