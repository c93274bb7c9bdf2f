import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { Transport } from '../lib/api-client';
import { PRERENDERED_META, QUERY_STATE_ID } from '../app/prerendered-view.ts';
import type * as Render from './render';

/**
 * Draws every page and embed of every deal the API serves to static HTML after the client build
 * (see render.tsx): `dist/<path>.html` (what `vite preview` and most static hosts serve for
 * `<path>`), each with the query cache it was drawn from. The answers come from the mocked API's prerendered answers (the `prerendered-api` plugin), or, in a
 * build for a real API (VITE_API_BASE_URL), from that API if it answers at build time; if it does
 * not, the pages render in the client as before. The build's output says which.
 */
export function prerenderedPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerendered-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const say = (line: string) => config.logger.info(`prerender: ${line}`);
      const outDir = resolve(config.root, config.build.outDir);
      const apiBase = process.env.VITE_API_BASE_URL;
      const transport = apiBase ? realApi(apiBase) : mockedTransport(config);
      const started = performance.now();
      // A Vite server of its own (no config file: no plugin of this build runs in it) loads the
      // app's modules in Node; it stays open while rendering, since routes load their code on demand.
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'warn',
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      });
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      // An embed's page loads its app only when wanted (src/embed-main.ts).
      const embedTemplate = readFileSync(join(outDir, 'embed-page.html'), 'utf8');
      let bytes = 0;
      let pages: string[];
      try {
        const module = (await server.ssrLoadModule('/src/server/render.tsx')) as typeof Render;
        let deals: string[];
        try {
          deals = await module.listDeals(transport);
        } catch (error) {
          if (!apiBase) throw error;
          // A warning: the build works, but its pages are not readable before scripts run.
          config.logger.warn(
            `prerender: the API at ${apiBase} did not answer (${String(error)}); every page renders in the client.`,
          );
          return;
        }
        pages = module.prerenderedPages(deals);
        for (const pathname of pages) {
          const page = await module.renderPage(pathname, transport);
          const html = pageHtml(page.embed ? embedTemplate : template, page);
          const file = join(outDir, `${pathname}.html`);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
          bytes += Buffer.byteLength(html);
        }
        // The list of what was prerendered, for the browser tests and the bench.
        writeFileSync(join(outDir, 'prerendered.json'), `${JSON.stringify({ pages }, null, 2)}\n`);
      } finally {
        await server.close();
      }
      const source = apiBase ? `the API at ${apiBase}` : 'the mocked API';
      say(
        `${pages.length} pages and embeds from ${source} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
          `(${(bytes / 1_048_576).toFixed(1)} MB of HTML); other addresses render in the client.`,
      );
    },
  };
}

/** The mocked API's answers, as the built app's prerendered transport gives them. */
function mockedTransport(config: ResolvedConfig): Transport {
  const api = config.plugins.find((p) => p.name === 'prerendered-api') as
    Plugin<{ answers: () => ReadonlyMap<string, string> }> | undefined;
  const answers = api?.api?.answers();
  if (!answers?.size) throw new Error('prerender: the mocked API has no prerendered answers (prerendered-api plugin)');
  return async (path) => {
    const body = answers.get(path);
    if (body !== undefined) return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    const error = { error: { code: 'not_found', message: `${path} was not prerendered` } };
    return new Response(JSON.stringify(error), { status: 404, headers: { 'Content-Type': 'application/json' } });
  };
}

/** The real API over HTTP; a request that takes over 10 s fails, so a silent API cannot hold the build. */
function realApi(base: string): Transport {
  return (path, { signal }) =>
    fetch(new URL(`${base}${path}`), {
      signal: signal ?? AbortSignal.timeout(10_000),
      headers: { Accept: 'application/json' },
    });
}

/** The built index.html with the page's language, title, marker, HTML and query cache. */
export function pageHtml(template: string, page: Render.RenderedPage): string {
  const replace = (html: string, find: RegExp | string, by: string) => {
    if (!html.match(find)) throw new Error(`prerender: index.html has no ${String(find)}`);
    return html.replace(find, () => by);
  };
  let html = template;
  html = replace(html, /<html lang="[a-z]+"/, `<html lang="${page.locale}"`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  html = replace(
    html,
    /<meta\s+name="description"\s+content="[^"]*"/,
    `<meta name="description" content="${escapeHtml(page.description)}"`,
  );
  html = replace(html, '<head>', `<head>\n    <meta name="${PRERENDERED_META}" content="" />`);
  html = replace(
    html,
    '<div id="root"></div>',
    `${page.printedLine ?? ''}<div id="root">${page.html}</div>\n    <script type="application/json" id="${QUERY_STATE_ID}">${page.state}</script>`,
  );
  return html;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
