import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dealFiles } from './mocks/deal-files/plugin.ts';
import { devApi } from './mocks/dev-api-plugin.ts';
import { prerenderedApi } from './mocks/prerender-plugin.ts';
import { siteJson } from './src/app/site.ts';
import { precompiledMessages } from './src/server/precompiled-messages.ts';
import { prerenderedPages } from './src/server/prerender-pages.ts';

/**
 * The built app's Content-Security-Policy, as a meta tag: scripts only from the app's origin (no
 * inline script, no eval), data only from the app's origin or the configured API. Styles allow
 * inline attributes because React and Recharts set `style`. Development keeps Vite's own inline
 * preamble, so the policy is added to builds only.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      const api = process.env.VITE_API_BASE_URL ? new URL(process.env.VITE_API_BASE_URL).origin : '';
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src 'self'${api ? ` ${api}` : ''}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ');
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ];
    },
  };
}

/**
 * Builds src/app/early-requests.ts as its own entry and loads it with an async script ahead of the
 * app: it starts the page's API requests from the address while React, the router and the route's
 * code are still on their way. The app shares its API client (see API_LAYER), so it finds those responses.
 */
function earlyRequests(): Plugin {
  let base = '/';
  return {
    name: 'early-requests',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: '/src/app/early-requests.ts', name: 'early-requests' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        // A prerendered embed brings its answers, and loads the app only when wanted (src/embed-main.ts).
        if (filename.endsWith(EMBED_TEMPLATE)) return [];
        const chunk = Object.values(bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'early-requests',
        );
        if (!chunk) throw new Error('early-requests: the entry chunk is missing from the bundle');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * A prerendered embed's page template: index.html with an entry of its own (src/embed-main.ts), which
 * paints from the HTML and loads the app on a reader's first gesture or when idle in view.
 */
const EMBED_TEMPLATE = 'embed-page.html';

/**
 * The modules both entries run first: the API client and its transport, the contract's schemas,
 * the early requests' table and what the page's address and prerendered HTML say (pages.ts, prerendered-view.ts). Left to itself the bundler splits them into several small chunks (the
 * mock layer, loaded on demand, shares some of them), which the early requests then wait for one by
 * one; one chunk keeps the early-requests entry and every route at their size.
 */
const API_LAYER =
  /\/src\/lib\/(api-client|api-paths|schemas|dates|locale-path)\.ts$|\/src\/app\/(start-api|pages|paths|site|prerendered-view|widgets\/widget-queries)\.ts$|\/mocks\/start\.ts$|prerendered-api|\/node_modules\/valibot\//;

/**
 * The routes and widgets table (src/app/site.ts) as dist/.vite/site.json, beside the manifest: for
 * the scripts that run on the build and cannot import TypeScript (the JS budgets, the bench, the
 * browser tests; see test/site.mjs).
 */
function siteTable(): Plugin {
  let outDir = 'dist';
  return {
    name: 'site-table',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      // The mock API's server build (build:mock-api) has its own outDir and no use for it.
      if (this.environment.config.build.ssr) return;
      mkdirSync(join(outDir, '.vite'), { recursive: true });
      writeFileSync(join(outDir, '.vite', 'site.json'), `${JSON.stringify(siteJson(), null, 2)}\n`);
    },
  };
}

/**
 * The stylesheet without `crossorigin`: an embed in an iframe sandboxed without allow-same-origin
 * has an opaque origin, and a CORS request from it (Origin: null) is refused, which left the static
 * fallback (tables for charts, for pages that allow no scripts) unstyled. A same-origin stylesheet
 * needs no CORS; module scripts keep theirs.
 */
function stylesheetWithoutCors(): Plugin {
  return {
    name: 'stylesheet-without-cors',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" '),
    },
  };
}

/**
 * `vite preview` answers every file with "Cache-Control: no-cache" (sirv's default with ETags), so each
 * of a report's seven embeds revalidated each shared chunk. The chunks under /assets/ are named by
 * their content's hash (Vite's default names: a changed chunk gets a new address), so they may be
 * cached for good; a static host serving the build should say the same for /assets/.
 */
function immutableAssets(): Plugin {
  const forever = 'public, max-age=31536000, immutable';
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) {
          const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
          res.writeHead = ((...args: unknown[]) => {
            const headers = args.find((a) => a !== null && typeof a === 'object' && !Array.isArray(a));
            if (headers) (headers as Record<string, unknown>)['Cache-Control'] = forever;
            return writeHead(...args);
          }) as typeof res.writeHead;
        }
        next();
      });
    },
  };
}

/**
 * A development page is only the app's shell: its HTML has no figures until scripts draw them (the
 * build prerenders them). Where scripts cannot run (an iframe sandboxed without allow-scripts, scripts
 * turned off), it says so and what to run instead, in both languages, rather than staying blank.
 */
function devNoscript(): Plugin {
  const text = (lang: string, body: string) => `<p lang="${lang}">${body}</p>`;
  return {
    name: 'dev-noscript',
    apply: 'serve',
    transformIndexHtml() {
      const children = [
        text(
          'en',
          'This page comes from the development server (<code>npm run dev</code>), whose pages are drawn by scripts, and scripts cannot run here (an iframe sandboxed without <code>allow-scripts</code>, or scripts turned off). For figures without scripts, serve the prerendered build: <code>npm run build &amp;&amp; npm run preview</code>.',
        ),
        text(
          'de',
          'Diese Seite kommt vom Entwicklungsserver (<code>npm run dev</code>), dessen Seiten erst Skripte aufbauen, und Skripte laufen hier nicht (ein iframe mit <code>sandbox</code> ohne <code>allow-scripts</code>, oder Skripte sind abgeschaltet). Für Zahlen ohne Skripte den vorgerenderten Build ausliefern: <code>npm run build &amp;&amp; npm run preview</code>.',
        ),
      ].join('');
      return [
        {
          tag: 'noscript',
          children: `<div class="dev-noscript" style="font:16px/1.5 sans-serif;padding:16px">${children}</div>`,
          injectTo: 'body-prepend',
        },
      ];
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    dealFiles(),
    devApi(),
    devNoscript(),
    prerenderedApi(),
    prerenderedPages(),
    precompiledMessages(),
    earlyRequests(),
    contentSecurityPolicy(),
    stylesheetWithoutCors(),
    siteTable(),
    immutableAssets(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    modulePreload: { polyfill: false },
    // Two pages: the app's, and a prerendered embed's (see EMBED_TEMPLATE), which share every chunk.
    rolldownOptions: {
      input: [resolve(import.meta.dirname, 'index.html'), resolve(import.meta.dirname, EMBED_TEMPLATE)],
      output: {
        codeSplitting: {
          groups: [
            // Vite's helper for loading a chunk with its dependencies: on its own, so that an
            // embed's entry, which only ever loads the app, does not bring the API layer for it.
            { name: 'preload-helper', test: /vite\/preload-helper/ },
            { name: 'api', test: API_LAYER },
          ],
        },
      },
    },
  },
  test: {
    // The default for DOM tests; pure tests say `// @vitest-environment node` (test/environments.test.ts).
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    // Limits for a test that has hung, not for a busy machine: under load a first render that loads
    // the charts' code took more than the default 5 s. (Testing Library's limit: test/setup-dom.ts.)
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
