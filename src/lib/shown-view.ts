import { rootCommitted } from './hydration';

// A permalink (a prerendered page whose address asks for another view than its HTML shows) is drawn
// in the client while public/boot.js keeps the HTML's view hidden (<html data-view="pending">). It
// is shown whole, never in parts: once the client has drawn it, no loading state is left in it (every
// widget's code and answers are here) and its charts have drawn, so that neither the screen nor a
// printout taken the moment it shows says "Loading" or has a bar half-grown. A printout taken
// before shows the page's header and no view at all rather than another view's figures. Should
// something take longer than `maxWaitMs`, the view shows as it is, its loading states counting the
// seconds. Any other page shows its view at the client's first commit, as it is.

let holding = false;
let committed = false;
let loadingStates = 0;
let shown = false;
let frame = 0;

/** main.tsx, before a permalink's first render: show its view only once it is whole (or after `maxWaitMs`). */
export function holdViewUntilWhole(maxWaitMs: number): void {
  holding = true;
  setTimeout(show, maxWaitMs);
}

/** Whether the view is still kept hidden: what draws now is not yet seen (a chart then draws still, not growing). */
export function viewHidden(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.view === 'pending';
}

/** The client's first commit of the page (app.tsx). */
export function viewCommitted(): void {
  committed = true;
  check();
}

/** A loading state is on the page, until the returned function is called (query-state.tsx). */
export function loadingStateShown(): () => void {
  loadingStates += 1;
  return () => {
    loadingStates -= 1;
    check();
  };
}

function check() {
  if (shown || !committed) return;
  if (!holding) return show();
  if (loadingStates > 0) return;
  // Two frames: what replaced the last loading state has drawn (a chart fills in from its effects);
  // a loading state shown meanwhile (a widget whose code came with its own loader) waits again.
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      if (loadingStates === 0) show();
    });
  });
}

function show() {
  if (shown) return;
  shown = true;
  cancelAnimationFrame(frame);
  if (document.documentElement.dataset.view === 'pending') delete document.documentElement.dataset.view;
  rootCommitted();
}
