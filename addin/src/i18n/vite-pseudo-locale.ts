import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { enUS, type Messages } from './messages.en-US';
import { pseudoCatalogue } from './pseudo-localize';

const CATALOGUES: Record<string, () => Messages> = {
  'virtual:pseudo-messages': () => pseudoCatalogue(enUS),
  'virtual:en-us-messages': () => enUS,
};

/** Each message parsed to ICU syntax trees at build time, so pages ship react-intl without its parser. */
function compiled(messages: Messages): string {
  const trees = Object.fromEntries(Object.entries(messages).map(([id, text]) => [id, parse(text)]));
  return `export default ${JSON.stringify(trees)};`;
}

/**
 * Generates the en-US and qps-ploc catalogues, precompiled, on every build (and dev-server start),
 * so the pseudo-locale can never fall behind the English catalogue.
 */
export function pseudoLocalePlugin(): Plugin {
  return {
    name: 'peer1on1s-catalogues',
    resolveId: (id) => (id in CATALOGUES ? `\0${id}` : undefined),
    load: (id) => {
      const make = id.startsWith('\0') ? CATALOGUES[id.slice(1)] : undefined;
      return make ? compiled(make()) : undefined;
    },
  };
}
