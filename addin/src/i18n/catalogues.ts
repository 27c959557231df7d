import type { CatalogueLocale } from './locale';
import { enUS, type Messages } from './messages.en-US';

/** en-US is in every page; the pseudo-locale (a build artefact) loads only when asked for. */
export async function loadCatalogue(locale: CatalogueLocale): Promise<Messages> {
  if (locale === 'qps-ploc') return (await import('virtual:pseudo-messages')).default;
  return enUS;
}
