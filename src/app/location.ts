import { useCallback, useMemo } from 'react';
import { useLocation, useParams } from 'wouter';
import { useSearch } from 'wouter/use-browser-location';

// The app's few needs of the address, on top of wouter: the raw query string (wouter's own
// useSearch runs decodeURI over it first, so "%2541" would be decoded twice), parameters that can
// be rewritten in place, and route parameters decoded once.

/** The query string as the address has it: "" or "?a=1". */
export const useRawSearch = (): string => useSearch();

/** The query's parameters, and a way to rewrite them without adding a history entry. */
export function useSearchParams(): [URLSearchParams, (write: (current: URLSearchParams) => URLSearchParams) => void] {
  const search = useRawSearch();
  const [pathname, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (write: (current: URLSearchParams) => URLSearchParams) => {
      // The address as it is now, not as it was rendered: two writes in one event both land.
      const next = write(new URLSearchParams(window.location.search)).toString();
      navigate(`${pathname}${next ? `?${next}` : ''}`, { replace: true });
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
