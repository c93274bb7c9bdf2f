import prerendered from 'virtual:prerendered-api';

// The one place that knows how the app gets its mocked data; features only ever fetch /api.
//
// - A build with VITE_API_BASE_URL talks to that API: the condition below is a constant there,
//   and the bundler drops all of this (read the env var directly, so that it can be folded).
// - A mocked production build answers /api from JSON files the MSW handlers wrote at build time
//   (virtual:prerendered-api), so the first view needs neither MSW (about 160 KB gzip) nor a
//   service worker. Whatever was not prerendered starts the live worker on demand.
// - Development, and any page with ?mock=<scenario> (slow, error, malformed, offline, empty,
//   optionally `:endpoint`), run the live MSW worker from the first request.

let worker: Promise<void> | null = null;

function startWorker(scenario: string | null): Promise<void> {
  worker ??= (async () => {
    const [{ worker: msw }, { parseScenario, scenarioHandlers }] = await Promise.all([
      import('../../mocks/browser'),
      import('../../mocks/handlers/scenarios'),
    ]);
    const spec = parseScenario(scenario);
    if (spec) msw.use(...scenarioHandlers(spec));
    await msw.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  })();
  return worker;
}

let serving = false;

function servePrerendered(files: Record<string, string>) {
  if (serving) return;
  serving = true;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !url.pathname.startsWith('/api/') || request.method !== 'GET') {
      return original(input, init);
    }
    const file = files[url.pathname + url.search];
    if (file) return original(file, { signal: request.signal, headers: { Accept: 'application/json' } });
    await startWorker(null);
    return original(input, init);
  };
}

/** Development, a fault scenario (?mock=) or nothing prerendered: only the live worker answers. */
function liveWorkerOnly(search: string): boolean {
  return import.meta.env.DEV || new URLSearchParams(search).has('mock') || Object.keys(prerendered).length === 0;
}

/**
 * Whether this page's requests can start before the app's code (early-requests.ts): against a real
 * API, or from the prerendered answers, which it starts serving. Not where only the live worker
 * answers: it starts with the app.
 */
export function answersWithoutCode(search: string): boolean {
  if (import.meta.env.VITE_API_BASE_URL) return true;
  if (liveWorkerOnly(search)) return false;
  servePrerendered(prerendered);
  return true;
}

export async function enableMocking(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;
  if (liveWorkerOnly(location.search)) {
    await startWorker(new URLSearchParams(location.search).get('mock'));
    return;
  }
  servePrerendered(prerendered);
}
