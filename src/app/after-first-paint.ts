// The app takes a prerendered page over once the page has painted its HTML: started at once, its
// first work (reading the page's answers, hydrating) ran before the first frame and held the page
// back, although the HTML already shows everything the reader came for.

/**
 * Calls `then` after the next frame has been painted (an animation frame runs just before its
 * paint; a task queued from it runs after). A page that gets no frames (a background tab) or has
 * painted already does not wait.
 */
export function afterFirstPaint(then: () => void): void {
  const painted = performance.getEntriesByType('paint').length > 0;
  if (painted || document.visibilityState !== 'visible') return then();
  requestAnimationFrame(() => setTimeout(then, 0));
}
