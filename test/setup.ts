import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../mocks/node';
import { loadLocale } from '../src/lib/i18n';
import { consoleErrorProblems, watchConsoleErrors } from './console-errors';

// The app fetches German before its first render (main.tsx); tests render without that step, so
// the dictionary is here from the start and components render German synchronously, as before.
await loadLocale('de');

// CI machines are shared and slow at times: give findBy* queries room before they give up.
configure({ asyncUtilTimeout: 4000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => watchConsoleErrors());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  // After cleanup, so that what unmounting logs counts against the test too.
  const problems = consoleErrorProblems();
  if (problems.length > 0) throw new Error(`The test logged errors it did not expect:\n${problems.join('\n')}`);
});
afterAll(() => server.close());

// Recharts measures its container before it draws: jsdom has no layout, so report a fixed size.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.getBoundingClientRect = function (this: Element) {
  // Recharts measures tick labels in a hidden span: give text a plausible size, containers a fixed one.
  const text = this.id === 'recharts_measurement_span';
  const width = text ? (this.textContent?.length ?? 0) * 7 : 800;
  const height = text ? 14 : 400;
  return { width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
};

// The tests read as a reader who asked for reduced motion: charts draw at once, without animation.
window.matchMedia = ((query: string) => ({
  matches: query.includes('prefers-reduced-motion: reduce'),
  media: query,
  onchange: null,
  addEventListener: () => {},
  removeEventListener: () => {},
  addListener: () => {},
  removeListener: () => {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

// Windowed lists read their viewport from clientHeight: give elements with an inline height that height.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return Number.parseFloat(this.style.height) || 0;
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return Number.parseFloat(this.style.width) || 800;
  },
});
