import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadLocale } from '../src/lib/i18n';

// The DOM half of test/setup.ts, for tests in jsdom (the default environment).

// The app fetches German before its first render (main.tsx); tests render without that step, so
// the dictionary is here from the start and components render German synchronously, as before.
await loadLocale('de');

// findBy* and waitFor give up only when something has hung, not when the machine is busy: a first
// render that loads the charts' code can take seconds under load. Below Vitest's testTimeout
// (vite.config.ts), so that a query that never matches still fails with its own message and the DOM.
configure({ asyncUtilTimeout: 30_000 });

/** After each test: unmount what it rendered and forget what it stored. */
export function cleanupDom(): void {
  cleanup();
  localStorage.clear();
}

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
