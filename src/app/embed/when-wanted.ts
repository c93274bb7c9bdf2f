// When an embed's app code is worth its download: the prerendered HTML already shows the widget
// (figures, picture, table), so the code that makes it live waits for a reader who reaches for it,
// or for a quiet moment once the embed is in sight. A report with seven embeds thus paints seven
// pictures before any of them downloads the app.

/** What a reader does when reaching for a live widget: hover or press, focus (Tab), a key. */
export const WAKE_EVENTS = ['pointerdown', 'pointerover', 'focusin', 'keydown'] as const;

interface Host {
  requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;
}

/**
 * An idle period this long is a long one: nothing is due to render (Chromium gives up to 50 ms), so
 * the other embeds of a report, which share this thread, have painted; the short periods between
 * frames while they still load do not count.
 */
const LONG_IDLE_MS = 40;
/** Past this, a page that is never quite idle loads the app all the same. */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * Calls `start` once: on the first of WAKE_EVENTS on the document, or when the browser is idle after
 * `watched` has come into view (IntersectionObserver; a long idle period, see LONG_IDLE_MS; without
 * requestIdleCallback, a short timeout).
 */
export function whenWanted(start: () => void, watched: Element): void {
  let started = false;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    const idle = (window as Host).requestIdleCallback?.bind(window);
    if (!idle) return void setTimeout(wake, 200);
    const started = performance.now();
    const onIdle = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() >= LONG_IDLE_MS || deadline.didTimeout) wake();
      else idle(onIdle, { timeout: Math.max(1, IDLE_TIMEOUT_MS - (performance.now() - started)) });
    };
    idle(onIdle, { timeout: IDLE_TIMEOUT_MS });
  });
  function wake() {
    if (started) return;
    started = true;
    observer.disconnect();
    for (const type of WAKE_EVENTS) document.removeEventListener(type, wake, true);
    start();
  }
  for (const type of WAKE_EVENTS) document.addEventListener(type, wake, { capture: true, passive: true });
  observer.observe(watched);
}
