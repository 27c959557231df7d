import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE_TS = ['**/*.ts', '**/*.tsx'];

/** A relative import that climbs out of its folder into one of the named top-level folders. */
const climbsInto = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/** Selectors that find a call to the global fetch, however it is spelled. */
const GLOBAL_FETCH = [
  "CallExpression[callee.name='fetch']",
  "CallExpression[callee.type='MemberExpression'][callee.object.name=/^(window|globalThis|self)$/][callee.property.name='fetch']",
];

/** ./shared is pure: a clock and a random source are passed in, never read. */
const PURE_SYNTAX = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Pass a clock: ./shared is pure.',
  },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass a clock: ./shared is pure.' },
  ...GLOBAL_FETCH.map((selector) => ({ selector, message: './shared does no I/O.' })),
  { selector: "MemberExpression[object.name='process']", message: './shared reads no process state: pass config in.' },
  {
    selector: "MemberExpression[object.name='crypto'][property.name=/^(randomUUID|getRandomValues)$/]",
    message: 'Pass a random source: ./shared is pure.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', '.data/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // Promises must be awaited, returned or deliberately dropped with `void`.
    files: SOURCE_TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // An import cycle fails the build (the folders that ship).
    files: ['shared/**/*.ts', 'functions/src/**/*.ts', 'addin/src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['addin/**/*.tsx', 'addin/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Pure domain code: no clock reads, no randomness, no I/O, no SDKs, nothing from the outer layers.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...PURE_SYNTAX],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a random source: ./shared is pure.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|windows-iana$)[^.]',
              message: './shared imports no SDK, runtime module or package except zod and windows-iana.',
            },
            {
              regex: climbsInto('functions', 'addin', 'dev', 'tests', 'manifest', 'infra'),
              message: './shared is the inner layer: it imports nothing from functions/, addin/ or dev/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The back end never reaches into the add-in or the dev tooling.
    files: ['functions/src/**/*.ts'],
    ignores: ['functions/src/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: climbsInto('addin', 'dev', 'tests'),
              message: 'functions/ imports only shared/ and its own code.',
            },
            { regex: '^react(-dom)?(/|$)', message: 'functions/ runs no UI.' },
          ],
        },
      ],
    },
  },
  {
    // Handlers are thin: they call use cases and speak contract types; adapters and SDKs stay behind ports.
    files: ['functions/src/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod(/|$))[^.]', message: 'Handlers import no SDK or package: call a use case.' },
            {
              regex: '^\\.\\./(adapters|storage|graph|auth|config|jobs|telemetry|composition-root)(/|$)',
              message: 'Handlers call use cases (functions/src/use-cases.ts), not adapters, storage or Graph modules.',
            },
            {
              regex: climbsInto('addin', 'dev', 'tests'),
              message: 'functions/ imports only shared/ and its own code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The add-in reaches the API only through addin/src/api, and runs no server code.
    files: ['addin/**/*.ts', 'addin/**/*.tsx'],
    ignores: ['addin/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: climbsInto('functions', 'dev', 'tests'),
              message: 'The add-in imports only shared/ and its own code.',
            },
            {
              regex: '^(node:|@azure/(functions|data-tables|identity|msal-node|monitor-opentelemetry)(/|$)|jose$)',
              message: 'Server-side module: the add-in runs in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['addin/src/**/*.ts', 'addin/src/**/*.tsx'],
    ignores: ['addin/src/api/**', 'addin/src/host/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...GLOBAL_FETCH.map((selector) => ({
          selector,
          message: 'Call the API through addin/src/api (callOperation), not fetch.',
        })),
      ],
    },
  },
);
