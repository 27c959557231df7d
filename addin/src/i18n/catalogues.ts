import type { MessageFormatElement } from 'react-intl';
import type { CatalogueLocale } from './locale';

/** A catalogue as the pages load it: every message already parsed at build time. */
export type CompiledMessages = Record<string, MessageFormatElement[]>;

/**
 * Catalogues are chunks of their own, so the catalogue's growth never weighs on a page's first
 * download; en-US starts loading as soon as the page does, alongside host detection.
 */
const english = import('virtual:en-us-messages');

/** en-US for every page; the pseudo-locale (a build artefact) loads only when asked for. */
export async function loadCatalogue(locale: CatalogueLocale): Promise<CompiledMessages> {
  if (locale === 'qps-ploc') return (await import('virtual:pseudo-messages')).default;
  return (await english).default;
}
