import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow shared (components, lib) -> features -> app, never back.
const layers = [
  { target: 'src/lib/**', forbid: ['**/components/**', '**/features/**', '**/app/**'] },
  { target: 'src/components/**', forbid: ['**/features/**', '**/app/**'] },
  { target: 'src/features/**', forbid: ['**/app/**'] },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test/e2e/artifacts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML from data.',
        },
      ],
    },
  },
  ...layers.map(({ target, forbid }) => ({
    files: [target],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: forbid, message: 'Imports flow shared -> features -> app.' }] },
      ],
    },
  })),
  {
    files: ['**/*.mjs', '*.js'],
    extends: [js.configs.recommended],
    // Browser tests hand functions to page.evaluate, which run in the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
