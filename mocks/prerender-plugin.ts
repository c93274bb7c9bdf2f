import { createHash } from 'node:crypto';
import { runnerImport, type Plugin } from 'vite';
import { dealFiles } from './deal-files/plugin.ts';
import type { Prerendered } from './prerender';

const VIRTUAL = 'virtual:prerendered-api';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Builds the mocked API's answers into the app as static JSON files, made by the same MSW
 * handlers at build time, so a mocked build's first view needs neither MSW nor a service worker.
 * `virtual:prerendered-api` maps each API path to its file; it is empty in development and in a
 * build for a real API (VITE_API_BASE_URL), where nothing is prerendered.
 */
export function prerenderedApi(): Plugin<{ answers: () => ReadonlyMap<string, string> }> {
  let manifest: Record<string, string> = {};
  // Each prerendered path's body, for the page prerender (src/server/prerender-pages.ts).
  const answers = new Map<string, string>();
  let isBuild = false;
  let dealFilesDir: string | undefined;
  return {
    name: 'prerendered-api',
    api: { answers: () => answers },
    configResolved(config) {
      isBuild = config.command === 'build' && !config.build.ssr && !process.env.VITE_API_BASE_URL;
      // The same folder as the app's own deal-files plugin.
      const files = config.plugins.find((p) => p.name === 'deal-files') as Plugin<{ dir: string }> | undefined;
      dealFilesDir = files?.api?.dir;
    },
    async buildStart() {
      if (!isBuild) return;
      const { module } = await runnerImport<{ prerender: () => Promise<Prerendered[]> }>('/mocks/prerender.ts', {
        configFile: false,
        logLevel: 'warn',
        // The handlers serve the deal files; a refused one fails the build.
        plugins: [dealFiles({ dir: dealFilesDir, strict: true })],
      });
      manifest = {};
      answers.clear();
      for (const { path, body } of await module.prerender()) {
        answers.set(path, body);
        const name = path.replace(/^\/api\//, '').replace(/[^a-z0-9-]+/gi, '_');
        const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
        const fileName = `mock-api/${name}-${hash}.json`;
        this.emitFile({ type: 'asset', fileName, source: body });
        manifest[path] = `/${fileName}`;
      }
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(manifest)};` : null;
    },
  };
}
