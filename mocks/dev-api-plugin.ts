import type { Server } from 'node:http';
import type { Plugin } from 'vite';

type MockApiModule = { createMockApiServer: (options?: { corsOrigins?: readonly string[] }) => Server };
type ApiPathsModule = { apiPaths: { deals: () => string } };

/**
 * The dev server answers `/api/...` itself, with the stand-in backend of `npm run mock-api`
 * (mocks/http-server.ts: the same MSW handlers, the same deal files). In a page the MSW worker answers
 * first; where it cannot start (an embed in another site's frame, which the browser denies storage and
 * service workers) the requests reach this, and the embed shows its figures all the same.
 */
export function devApi(): Plugin {
  // One server per loaded module: a changed deal file reloads the module, and with it the answers.
  const servers = new WeakMap<MockApiModule, Server>();
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
            let api = servers.get(module);
            // Same-origin requests only: the app's own pages and embeds ask it, no other origin.
            if (!api) servers.set(module, (api = module.createMockApiServer({ corsOrigins: [] })));
            // The stand-in's own request handler, on the dev server's connection.
            api.emit('request', req, res);
          })
          .catch(next);
      });
    },
  };
}
