import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { pseudoLocalePlugin } from './src/i18n/vite-pseudo-locale';

const root = resolve(import.meta.dirname);

/** Three pages, each its own entry so each loads only what it needs. */
export default defineConfig({
  root,
  plugins: [react(), pseudoLocalePlugin()],
  resolve: {
    // The catalogues are precompiled at build time (vite-pseudo-locale.ts), so react-intl needs no parser.
    alias: [
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  build: {
    outDir: resolve(root, '../build/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        tab: resolve(root, 'tab.html'),
        sidepanel: resolve(root, 'sidepanel.html'),
        compose: resolve(root, 'compose.html'),
        config: resolve(root, 'config.html'),
      },
      output: {
        // React is on every page's first load and changes least: one long-cached chunk for all four.
        // Only always-initial packages go here; grouping lazily loaded ones would pull them forward.
        manualChunks: (id: string) => (/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined),
      },
    },
  },
});
