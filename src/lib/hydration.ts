import { useSyncExternalStore } from 'react';

// A prerendered page's HTML came from the same components (src/server/render.tsx); the client
// takes it over (hydrates) instead of drawing it again. Two things must then render as the server did:
// code that loads on demand (loadable: it waits for its code instead of showing a loading state
// the HTML never had) and what only a browser can draw (charts: after hydration, into reserved space).

let serverRenderedPath: string | null = null;

/** main.tsx, before it hydrates the page at `pathname` from its prerendered HTML. */
export function markServerRendered(pathname: string | null): void {
  serverRenderedPath = pathname;
}

/**
 * Whether what mounts now belongs to the prerendered HTML: on the server, and on the client until
 * the reader goes to another page (a component mounting then has no HTML of its own to take over).
 */
export function mountsServerHtml(): boolean {
  if (typeof window === 'undefined') return true;
  return serverRenderedPath !== null && serverRenderedPath === window.location.pathname;
}

const subscribe = () => () => undefined;

/**
 * False on the server and while the page hydrates, true afterwards (and from the start in a page
 * drawn in the client): what only a browser can draw waits for it, so the first client render
 * matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

// When the page answers the reader: the client has taken over every part of the prerendered HTML,
// so that a click lands on a live control. React takes over each Suspense boundary on its own,
// after the page's first commit; main.tsx counts the boundaries in the HTML (`<!--$-->`), each of
// ours says when it is taken over (<Boundary>), and <html data-interactive="true"> says when all
// are (for the browser tests and the bench). A page drawn in the client is interactive at its first commit.
let boundariesLeft = 0;
let rootDrawn = false;

function settle() {
  if (rootDrawn && boundariesLeft <= 0 && typeof document !== 'undefined') {
    document.documentElement.dataset.interactive = 'true';
  }
}

/** main.tsx, before it hydrates: how many Suspense boundaries the prerendered HTML has. */
export function expectBoundaries(count: number): void {
  boundariesLeft = count;
}

/** One boundary of the prerendered HTML is taken over. */
export function boundaryHydrated(): void {
  boundariesLeft -= 1;
  settle();
}

/** The client's first commit of the page (main.tsx). */
export function rootCommitted(): void {
  rootDrawn = true;
  settle();
}
