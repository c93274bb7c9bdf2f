// When an embed's app code is worth its download: the prerendered HTML already shows the widget
// (figures, picture, table), so the code that makes it live waits for a reader who reaches for it,
// or for a quiet moment once the embed is in sight. A report with seven embeds thus paints seven
// pictures before any of them downloads the app.

/** What a reader does when reaching for a live widget: hover or press, focus (Tab), a key. */
export const WAKE_EVENTS = ['pointerdown', 'pointerover', 'focusin', 'keydown'] as const;

interface Host {
  requestIdleCallback?: (callback: () => void) => number;
}

/**
 * Calls `start` once: on the first of WAKE_EVENTS on the document, or when the browser is idle after
 * `watched` has come into view (IntersectionObserver; without requestIdleCallback, a short timeout).
 */
export function whenWanted(start: () => void, watched: Element): void {
  let started = false;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    const idle = (window as Host).requestIdleCallback;
    if (idle) idle.call(window, wake);
    else setTimeout(wake, 200);
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
