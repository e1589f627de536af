// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What models/ and simulator/ may never reach: they are pure and run in a worker, in Node and in tests. */
const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
          message: 'models/ and simulator/ are pure: no React.',
        },
        {
          group: [
            '@xyflow/*',
            'zustand',
            'zustand/*',
            'zundo',
            'd3',
            'd3-selection',
            'd3-transition',
            'd3-zoom',
            'd3-drag',
            'd3-brush',
            'html-to-image',
            'lz-string',
          ],
          message:
            'models/ and simulator/ are pure: no UI libraries (d3-scale, d3-shape and d3-array are fine).',
        },
        {
          group: ['**/src/**', '../src', '../../src'],
          message: 'models/ and simulator/ must not import the app (src/).',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'indexedDB',
      'HTMLElement',
      'location',
    ].map((name) => ({
      name,
      message: 'models/ and simulator/ are pure: no DOM.',
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'coverage/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      ...pureRestrictions,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureRestrictions['no-restricted-imports'][1].patterns,
            {
              group: ['**/simulator/**', '../simulator', '../../simulator'],
              message: 'models/ must not import simulator/.',
            },
          ],
        },
      ],
    },
  },
  { files: ['simulator/**/*.ts'], ignores: ['simulator/worker.ts'], rules: pureRestrictions },
);
