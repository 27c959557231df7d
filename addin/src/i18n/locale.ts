/** Catalogues this build ships; the pseudo-locale is generated from en-US at build time. */
export const CATALOGUE_LOCALES = ['en-US', 'qps-ploc'] as const;
export type CatalogueLocale = (typeof CATALOGUE_LOCALES)[number];
export const DEFAULT_LOCALE: CatalogueLocale = 'en-US';
export const PSEUDO_LOCALE: CatalogueLocale = 'qps-ploc';

/** The user's locale for formatting, and the catalogue that best serves it. */
export interface ResolvedLocale {
  /** For dates, times, numbers: the user's own tag (de-DE formats German even with English text). */
  formatLocale: string;
  /** Which catalogue's strings are shown. */
  catalogue: CatalogueLocale;
}

/**
 * First usable of: an explicit `?locale=` (tests and support), the host's locale (Teams or
 * Office context), the browser's. Tags are matched by language ("en-GB" → en-US text).
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): ResolvedLocale {
  for (const candidate of candidates) {
    const tag = canonical(candidate);
    if (!tag) continue;
    if (tag.toLowerCase() === PSEUDO_LOCALE) return { formatLocale: PSEUDO_LOCALE, catalogue: PSEUDO_LOCALE };
    return { formatLocale: tag, catalogue: catalogueFor(tag) };
  }
  return { formatLocale: DEFAULT_LOCALE, catalogue: DEFAULT_LOCALE };
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (tag.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function catalogueFor(tag: string): CatalogueLocale {
  const exact = CATALOGUE_LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split('-')[0]!.toLowerCase();
  return CATALOGUE_LOCALES.find((locale) => locale.split('-')[0]!.toLowerCase() === language) ?? DEFAULT_LOCALE;
}
