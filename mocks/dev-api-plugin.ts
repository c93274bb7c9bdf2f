import type { Server } from 'node:http';
import type { Plugin } from 'vite';

type MockApiModule = {
  createMockApiServer: (options?: { corsOrigins?: readonly string[]; fault?: unknown }) => Server;
  parseFault: (value: string | undefined) => unknown;
};
type ApiPathsModule = { apiPaths: { deals: () => string } };

/**
 * The dev server answers `/api/...` itself, with the stand-in backend of `npm run mock-api`
 * (mocks/http-server.ts: the same MSW handlers, the same deal files). In a page the MSW worker answers
 * first; where it cannot start (an embed in another site's frame, which the browser denies storage and
 * service workers) the requests reach this, and the embed shows its figures all the same.
 */

/**
 * The fault scenario of the page that asks (`?mock=` in its address, which a same-origin request
 * carries as its Referer): the worker would have played it, so the dev server does. A value the
 * mocks do not know is ignored, as the page ignores it.
 */
function pageScenario(module: MockApiModule, referer: string | undefined): { key: string; fault: unknown } {
  let value: string | null = null;
  try {
    value = referer ? new URL(referer).searchParams.get('mock') : null;
  } catch {
    // No address to read: no scenario.
  }
  try {
    return { key: value ?? '', fault: module.parseFault(value ?? undefined) };
  } catch {
    return { key: '', fault: null };
  }
}
export function devApi(): Plugin {
  // One server per loaded module and scenario: a changed deal file reloads the module, and with it the answers.
  const servers = new WeakMap<MockApiModule, Map<string, Server>>();
  return {
    name: 'dev-api',
    apply: 'serve',
    configureServer(server) {
      // The API's folder (`/api/`), from the contract's paths, once: the list of deals lives in it.
      let prefix: Promise<string> | null = null;
      const apiPrefix = () =>
        (prefix ??= server
          .ssrLoadModule('/src/lib/api-paths.ts')
          .then((loaded) => (loaded as ApiPathsModule).apiPaths.deals().replace(/[^/]+$/, '')));
      server.middlewares.use((req, res, next) => {
        apiPrefix()
          .then(async (folder) => {
            if (!req.url?.startsWith(folder)) return next();
            const module = (await server.ssrLoadModule('/mocks/http-server.ts')) as MockApiModule;
            const { key, fault } = pageScenario(module, req.headers.referer);
            const byScenario = servers.get(module) ?? new Map<string, Server>();
            servers.set(module, byScenario);
            let api = byScenario.get(key);
            // Same-origin requests only: the app's own pages and embeds ask it, no other origin.
            if (!api) byScenario.set(key, (api = module.createMockApiServer({ corsOrigins: [], fault })));
            // The stand-in's own request handler, on the dev server's connection.
            api.emit('request', req, res);
          })
          .catch(next);
      });
    },
  };
}
