import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isDealFileName, loadDealFiles } from './load.ts';

const VIRTUAL = 'virtual:deal-files';
const RESOLVED = `\0${VIRTUAL}`;

export interface DealFilesOptions {
  /** The folder, from the project root. */
  dir?: string;
  /**
   * Fail on any refused file. By default a build and a test run do; the dev server reports the
   * file, leaves it out and keeps serving the other deals.
   */
  strict?: boolean;
}

/** The message a build fails with, and the dev server shows: check-deal's lines, and what to do. */
export function refusalMessage(dir: string, refused: readonly string[]): string {
  return [
    `Deal files in ${dir}/ refused:`,
    ...refused,
    `Fix ${refused.length === 1 ? 'it' : 'them'} (npm run check-deal -- <file> checks a file), or move ${refused.length === 1 ? 'it' : 'them'} out of ${dir}/.`,
  ].join('\n');
}

/**
 * Serves the deal files in `mocks/deals/` as `virtual:deal-files`, checked by the same checker as
 * `npm run check-deal`: a malformed file never reaches the browser. In development the folder is
 * watched and the page reloads when a file is added, changed or removed.
 */
export function dealFiles({ dir = 'mocks/deals', strict }: DealFilesOptions = {}): Plugin<{ dir: string }> {
  let folder = resolve(dir);
  let failOnRefusal = strict ?? true;
  let server: ViteDevServer | undefined;
  return {
    name: 'deal-files',
    // Read by the prerender step, which serves the same folder from its own Vite run.
    api: { dir },
    configResolved(config) {
      folder = resolve(config.root, dir);
      failOnRefusal = strict ?? (config.command === 'build' || config.mode === 'test');
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(folder);
      const reload = (file: string) => {
        if (resolve(file, '..') !== folder || !isDealFileName(file)) return;
        for (const environment of Object.values(devServer.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const { deals, refused } = loadDealFiles(folder, dir);
      if (refused.length > 0) {
        const message = refusalMessage(dir, refused);
        if (failOnRefusal) this.error(message);
        if (!server) this.warn(message);
        else {
          server.config.logger.error(message, { timestamp: true });
          // Vite's error overlay in the page, over the deals that still work.
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deal-files' } });
        }
      }
      return `export default ${JSON.stringify(deals)};`;
    },
  };
}
