import { useCallback, useMemo } from 'react';
import { useLocation, useParams, useRouter } from 'wouter';
import { usePathname, useSearch } from 'wouter/use-browser-location';
import type { HistoryMode } from '../lib/history-mode';
import { splitLocalePath } from '../lib/locale-path';

export type { HistoryMode };

// The app's few needs of the address, on top of wouter: the raw query string (wouter's own
// useSearch runs decodeURI over it first, so "%2541" would be decoded twice), parameters that can
// be rewritten in place, and route parameters decoded once.

/** The query string as the address has it: "" or "?a=1" (on the server, the page's: see src/server/render.tsx). */
export function useRawSearch(): string {
  return useSearch({ ssrSearch: useRouter().ssrSearch });
}

/** The page's language, from its address, and its path without the language's prefix. */
export function usePageLocale() {
  return splitLocalePath(usePathname({ ssrPath: useRouter().ssrPath }));
}

/** How long a gesture may pause between two writes and still be one history entry. */
export const GESTURE_SETTLE_MS = 700;

/** What the writer needs of wouter's navigate. */
type Navigate = (to: string, options: { replace: boolean; state: unknown }) => void;

interface GestureState {
  gesture: string;
}
const isGesture = (state: unknown, id: string) =>
  typeof state === 'object' && state !== null && (state as Partial<GestureState>).gesture === id;

/**
 * Writes a new query for the page at `pathname` into the history, the way `how` asks (see
 * HistoryMode). A write that leaves the query as it is writes nothing. A gesture's entry is marked
 * in history.state, so a gesture never folds into an entry the reader went Back or Forward to.
 * In a frame (an embed in a report) every write replaces: the host page's Back is the host's.
 */
export function createAddressWriter({
  settleMs = GESTURE_SETTLE_MS,
  now = () => performance.now(),
  framed = typeof window !== 'undefined' && window.self !== window.top,
}: { settleMs?: number; now?: () => number; framed?: boolean } = {}) {
  // Random, so an entry marked before a reload never matches a gesture of this page's life.
  const session = Math.random().toString(36).slice(2);
  let gestures = 0;
  let run: { id: string; at: number } | null = null;
  return (pathname: string, query: URLSearchParams, how: HistoryMode, navigate: Navigate) => {
    const next = query.toString();
    if (next === new URLSearchParams(window.location.search).toString()) return;
    const to = `${pathname}${next ? `?${next}` : ''}`;
    const at = now();
    if (how === 'replace' || framed) return navigate(to, { replace: true, state: window.history.state });
    if (how === 'push') {
      run = null;
      return navigate(to, { replace: false, state: null });
    }
    const folds = run && at - run.at < settleMs && isGesture(window.history.state, run.id);
    const current = folds && run ? run : (run = { id: `${session}-${++gestures}`, at });
    current.at = at;
    if (folds) navigate(to, { replace: true, state: window.history.state });
    else navigate(to, { replace: false, state: { gesture: current.id } satisfies GestureState });
    // The pause counts from when the page has drawn this write (React renders in a microtask
    // queued before this one): on a busy machine the drawing alone can outlast the settle time.
    queueMicrotask(() => (current.at = now()));
  };
}

// One writer for the page: a gesture spans every component that writes to the address.
const writeAddress = createAddressWriter();

/** The query's parameters, and a way to rewrite them: a new history entry unless `how` says otherwise. */
export function useSearchParams(): [
  URLSearchParams,
  (write: (current: URLSearchParams) => URLSearchParams, how?: HistoryMode) => void,
] {
  const search = useRawSearch();
  const [pathname, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (write: (current: URLSearchParams) => URLSearchParams, how: HistoryMode = 'push') => {
      // The address as it is now, not as it was rendered: two writes in one event both land.
      writeAddress(pathname, write(new URLSearchParams(window.location.search)), how, navigate);
    },
    [navigate, pathname],
  );
  return [params, update];
}

/** A route parameter, percent-decoded; a malformed escape is kept as written. */
export function useRouteParam(name: string): string | undefined {
  const raw = (useParams() as Record<string, string | undefined>)[name];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
