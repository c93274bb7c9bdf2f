import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtmlFromData = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never HTML from data.',
};
// API paths are written once, in src/lib/api-paths.ts (API_ENDPOINTS, apiPaths, routePattern).
// (esquery's regex cannot hold a "/", hence \x2F.)
const noApiPathLiteral = ['Literal[value=/^\\x2Fapi(\\x2F|$)/]', 'TemplateElement[value.raw=/^\\x2Fapi(\\x2F|$)/]'].map(
  (selector) => ({ selector, message: 'Write API paths once: read them from src/lib/api-paths.ts.' }),
);

// Page addresses are written once, in the routes table src/app/site.ts (ROUTES; paths.ts writes them).
const noRoutePathLiteral = [
  'Literal[value=/^\\x2F(deals|embed)(\\x2F|$)/]',
  'TemplateElement[value.raw=/^\\x2F(deals|embed)(\\x2F|$)/]',
].map((selector) => ({ selector, message: 'Write page addresses once: read them from src/app/paths.ts (site.ts).' }));

// Imports flow shared (lib, components) -> features -> app, never back; mocks stand beside the app.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));
// Where one feature uses another, one way by design, with the reason. The timeline's own Export
// menu writes its files with the export feature's writers (frame, SVG and PNG, CSV, JSON, ICS, file
// names), as the Embed dialog does; export knows nothing of the timeline.
const FEATURE_USES = { timeline: ['export'] };

const upward = (...layers) => ({
  group: layers.map((layer) => `**/${layer}/**`),
  message: 'Imports flow shared (lib, components) -> features -> app, never back.',
});
const noMocks = {
  group: ['**/mocks/**'],
  message: 'The app starts the mocks in one place (src/app/start-api.ts); nothing else imports mocks/.',
};
const boundaries = [
  { files: ['src/lib/**'], patterns: [upward('components', 'features', 'app'), noMocks] },
  { files: ['src/components/**'], patterns: [upward('features', 'app'), noMocks] },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    patterns: [
      upward('app'),
      noMocks,
      {
        group: FEATURES.filter((f) => f !== feature && !FEATURE_USES[feature]?.includes(f)).map((f) => `**/${f}/**`),
        message: 'Features do not import each other: move what they share to src/lib or src/components.',
      },
    ],
  })),
  { files: ['src/app/**', 'src/*.{ts,tsx}'], ignores: ['src/app/start-api.ts'], patterns: [noMocks] },
  {
    files: ['mocks/**'],
    patterns: [
      {
        group: ['**/src/app/**', '**/src/features/*/components/**'],
        message: "The mocks use the contract and shared code (src/lib), never the app or a feature's UI.",
      },
    ],
  },
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
      'no-restricted-syntax': ['error', noHtmlFromData],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: ['src/lib/api-paths.ts', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noHtmlFromData, ...noApiPathLiteral] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/lib/api-paths.ts',
      'src/app/site.ts',
      '**/*.test.{ts,tsx}',
      // A feature cannot import the app: the timeline writes its own permalink, and pages.test.ts
      // checks that it is the address of the timeline's route.
      'src/features/timeline/utils/permalink.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', noHtmlFromData, ...noApiPathLiteral, ...noRoutePathLiteral] },
  },
  ...boundaries.map(({ files, ignores = [], patterns }) => ({
    files,
    ignores: [...ignores, '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['**/*.mjs', '*.js'],
    extends: [js.configs.recommended],
    // Browser tests hand functions to page.evaluate, which run in the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
