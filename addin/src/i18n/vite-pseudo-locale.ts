import type { Plugin } from 'vite';
import { enUS } from './messages.en-US';
import { pseudoCatalogue } from './pseudo-localize';

const VIRTUAL_ID = 'virtual:pseudo-messages';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Generates the qps-ploc catalogue from en-US on every build (and dev-server start), so the
 * pseudo-locale can never fall behind the English catalogue.
 */
export function pseudoLocalePlugin(): Plugin {
  return {
    name: 'peer1on1s-pseudo-locale',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(pseudoCatalogue(enUS))};` : undefined),
  };
}
