import prerendered from 'virtual:prerendered-api';
import { ApiUnavailableError, httpTransport, type Transport } from '../src/lib/api-client';

// How a page without a real API gets its answers; the app's start-up (src/app/start-api.ts) hands
// the transport made here to the API client, and a build with VITE_API_BASE_URL leaves all of this out.
//
// - A mocked production build answers from JSON files the MSW handlers wrote at build time
//   (virtual:prerendered-api), so the first view needs neither MSW (about 160 KB gzip) nor a
//   service worker. Whatever was not prerendered starts the live worker on demand.
// - Development, any page with ?mock=<scenario> (slow, error, malformed, offline, empty,
//   optionally `:endpoint`), and a build with nothing prerendered run the live MSW worker.

type MockMode = { kind: 'prerendered' } | { kind: 'worker'; scenario: string | null };

/** Which of the two this page uses: `files` is the prerendered manifest (API path → file). */
export function mockMode(options: { dev: boolean; search: string; files: Record<string, string> }): MockMode {
  const scenario = new URLSearchParams(options.search).get('mock');
  if (options.dev || scenario !== null || Object.keys(options.files).length === 0) return { kind: 'worker', scenario };
  return { kind: 'prerendered' };
}

/**
 * Answers a prerendered path from its file, and anything else as workerTransport does (the network
 * once the live worker has started): a query with other parameters, an unknown deal, an error case.
 */
export function prerenderedTransport(
  files: Record<string, string>,
  startLive: () => Promise<WorkerStart>,
  network: Transport,
): Transport {
  return async (path, init) => {
    const file = files[path];
    if (file) return network(file, init);
    return workerTransport(startLive(), network)(path, init);
  };
}

/** Whether the live worker listens, or why it could not start (the browser's reason). */
export type WorkerStart = { ok: true } | { ok: false; reason: string };

/** An answer from the API (JSON, success or refusal), not a server's page for a path it does not know. */
function isApiAnswer(response: Response): boolean {
  return /^application\/(problem\+)?json\b/i.test(response.headers.get('Content-Type') ?? '');
}

/**
 * The network, once the worker has started: it must be listening before the first request. If it
 * could not start, the request goes to the server as it is (the dev server answers the API with the
 * same handlers, vite.config.ts); a server that does not is a transport fault (ApiUnavailableError),
 * never its 404 read as "no such deal".
 */
export function workerTransport(started: Promise<WorkerStart>, network: Transport): Transport {
  return async (path, init) => {
    const start = await started;
    const response = await network(path, init);
    if (start.ok || isApiAnswer(response)) return response;
    throw new ApiUnavailableError(start.reason);
  };
}

let worker: Promise<WorkerStart> | null = null;

function startWorker(scenario: string | null): Promise<WorkerStart> {
  worker ??= (async (): Promise<WorkerStart> => {
    const [{ worker: msw }, { parseScenario, scenarioHandlers }] = await Promise.all([
      import('./browser'),
      import('./handlers/scenarios'),
    ]);
    const spec = parseScenario(scenario);
    if (spec) msw.use(...scenarioHandlers(spec));
    await msw.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
    return { ok: true };
  })().catch((error: unknown): WorkerStart => {
    // In another site's frame the browser denies it storage and service workers (MSW reads localStorage).
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (import.meta.env.DEV) {
      // Not a fault here: the dev server answers the API itself, with the same handlers and the page's ?mock= scenario.
      console.warn(`The mocked API's worker could not start (${reason}); the dev server answers the API instead.`);
    } else {
      // Requests then reach the server as they are; a server that does not answer the API is reported as such.
      console.error('The mocked API could not start; requests go to the server as they are.', error);
    }
    return { ok: false, reason };
  });
  return worker;
}

interface MockedApi {
  transport: Transport;
  /** Whether it answers before the app's code has loaded (early-requests.ts starts requests only then). */
  answersEarly: boolean;
}

/** The mocked API for a page at `search`: prerendered answers, or the live worker (started here). */
export function startMockedApi(search: string): MockedApi {
  const network = httpTransport('');
  const mode = mockMode({ dev: import.meta.env.DEV, search, files: prerendered });
  if (mode.kind === 'prerendered') {
    return { transport: prerenderedTransport(prerendered, () => startWorker(null), network), answersEarly: true };
  }
  return { transport: workerTransport(startWorker(mode.scenario), network), answersEarly: false };
}
