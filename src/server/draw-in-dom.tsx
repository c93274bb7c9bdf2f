import { JSDOM } from 'jsdom';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Global } from 'recharts';
import widths from './text-widths.json';

// Recharts draws nothing on a server (recharts #5997, #6139), but it draws in a DOM: the component
// tests find its bars in jsdom. So the prerender step draws each chart in jsdom, the live chart's
// own component at a fixed width, and puts the SVG it drew into the page as the chart's picture
// (render.tsx): one drawing, whose geometry is Recharts' own, for the first paint, print and
// readers without scripts.

const TABLE = widths as Record<'400' | '600', Record<string, number>>;

/** Text width in the page's body font, from the table measured in Chromium (scripts/measure-text-widths.mjs). */
function measure(text: string, fontSize: number, weight: '400' | '600'): number {
  let em = 0;
  for (const char of text) em += TABLE[weight][char] ?? 0.6;
  return em * fontSize;
}

/** Recharts measures a label in one hidden span: answer with the table, as jsdom lays nothing out. */
function measuredRect(this: HTMLElement): DOMRect {
  const size = parseFloat(this.style.fontSize);
  const fontSize = this.style.fontSize.endsWith('rem') ? size * 16 : Number.isFinite(size) ? size : 16;
  const weight = Number(this.style.fontWeight) >= 600 || this.style.fontWeight === 'bold' ? '600' : '400';
  const width = this.id === 'recharts_measurement_span' ? measure(this.textContent ?? '', fontSize, weight) : 0;
  return { x: 0, y: 0, top: 0, left: 0, width, height: fontSize * 1.2, right: width, bottom: 0 } as DOMRect;
}

const GLOBALS = ['window', 'document', 'navigator', 'HTMLElement', 'HTMLIFrameElement', 'Node', 'Element'] as const;

let dom: JSDOM | null = null;

/** One DOM for every drawing. */
function theDom(): JSDOM {
  if (dom) return dom;
  dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const { window } = dom;
  window.HTMLElement.prototype.getBoundingClientRect = measuredRect;
  // Recharts spaces its ticks by their computed font size, which a browser takes from the tick's
  // font-size attribute (AXIS_TICK) and jsdom does not.
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    const style = computed(element, pseudo);
    const size = element.getAttribute('font-size');
    if (!element.classList.contains('recharts-cartesian-axis-tick-value') || !size) return style;
    return new Proxy(style, {
      get: (target, key) =>
        key === 'fontSize' ? `${size}px` : key === 'letterSpacing' ? 'normal' : Reflect.get(target, key),
    });
  };
  return dom;
}

/** The markup of the first `<svg>` that `element` draws in a DOM (in a chart card), once its effects have run. */
export async function drawInDom(element: ReactNode): Promise<string> {
  const { window } = theDom();
  const saved = new Map(GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const name of GLOBALS)
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  const wasSsr = Global.isSsr;
  Global.isSsr = false;
  try {
    const card = window.document.createElement('div');
    card.className = 'chart-card';
    const host = window.document.createElement('div');
    card.append(host);
    window.document.body.append(card);
    const root = createRoot(host);
    root.render(element);
    // Recharts lays out in several passes (its store fills from effects): wait until the drawing stops
    // changing. Each wait is a turn of the queue React's scheduler runs its work from in Node
    // (setImmediate), so the work pending when it is queued runs first, however busy the machine;
    // the pass count bounds a drawing that never settles, it is no clock.
    let markup = '';
    for (let pass = 0; pass < 20; pass++) {
      await new Promise((resolve) => setImmediate(resolve));
      const next = host.querySelector('svg')?.outerHTML ?? '';
      if (next && next === markup) break;
      markup = next;
    }
    root.unmount();
    card.remove();
    if (!markup) throw new Error('draw-in-dom: the chart drew no <svg>');
    return markup;
  } finally {
    Global.isSsr = wasSsr;
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}
