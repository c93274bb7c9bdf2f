// An embed tells its host page its height (public/embed.js fits the iframe to it). A plain module,
// no React: the embed's own small entry (src/embed-main.ts) runs it from the prerendered HTML, long
// before the app's code is wanted; the app's embed layout runs it too (an embed drawn in the client).

/** The message an embed posts to its host page: namespaced, so hosts can tell it from others. */
export const RESIZE_MESSAGE = 'deal-dashboard:embed-resize';
/** What the host's script sends to ask embeds for their height again. */
export const PING_MESSAGE = 'deal-dashboard:embed-ping';

/**
 * Whether the embed shows what it will keep showing: its widget, an error or an empty state. While
 * anything still loads, its height is a passing one that the drawn widget replaces at once.
 */
const drawn = () => !!document.querySelector('main.embed > *') && !document.querySelector('.state--loading');

let reporting = false;

/**
 * Tells the host page the embed's content height, whenever it changes, so its iframe can fit it; once
 * per page, whoever calls first. Nothing is reported until the widget has drawn: the copied iframe
 * starts at the widget's height (its `embedHeight` in the widget table), and reporting a loading
 * state would shrink it and grow it again.
 */
export function reportEmbedHeight(): void {
  if (reporting || window.parent === window) return;
  reporting = true;
  let last = -1;
  const report = () => {
    if (!drawn()) return;
    // Whole pixels, rounded up so the content never overflows; the content's height does not
    // depend on the iframe's, so the rounded value cannot feed back and oscillate.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Only a height travels, which any page may know: no target origin is needed.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  // ResizeObserver catches width changes; but Chrome skips rendering (and with it ResizeObserver)
  // in cross-origin frames outside the viewport, so content changes are watched as DOM mutations.
  new ResizeObserver(report).observe(document.documentElement);
  new MutationObserver(report).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
  report();
  // The host's script may arrive after our first report: when it asks, say the height again.
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || (event.data as { type?: unknown })?.type !== PING_MESSAGE) return;
    last = -1;
    report();
  });
}
