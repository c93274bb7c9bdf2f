// The one place that knows how the app gets its mocked data. Features only ever fetch /api.
// With VITE_API_BASE_URL set at build time the condition is a constant and the bundler drops
// the dynamic import, so a real-API build carries no MSW code (read the env var directly here:
// a value passed through a function call would not be folded).
export async function enableMocking(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;
  const { worker } = await import('../../mocks/browser');
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
