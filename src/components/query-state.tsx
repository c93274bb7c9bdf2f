import { useEffect, useState } from 'react';
import { ApiUnavailableError, HttpError, NetworkError, PayloadError } from '../lib/api-client';
import { useT, whatValues, type WhatKey } from '../lib/i18n';
import { loadingStateShown } from '../lib/shown-view';

/** Seconds since the component mounted, ticking once a second. */
function useSecondsWaited(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return Math.floor((now - start) / 1000);
}

export function LoadingState({ what }: { what: WhatKey }) {
  const t = useT();
  const seconds = useSecondsWaited();
  // A permalink's view shows once none is left (shown-view.ts).
  useEffect(loadingStateShown, []);
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('state.loading', whatValues(t, what))}
      {/* After a moment, say how long it has been: a slow source should not look like a hang. */}
      {seconds >= 2 && <span className="state__waited"> {t('state.waited', { seconds })}</span>}
    </div>
  );
}

/** What failed, in words a reader can act on; the error's own message names the field or status. */
export function errorDetail(error: unknown): string {
  if (error instanceof PayloadError || error instanceof NetworkError || error instanceof HttpError)
    return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function ErrorState({ what, error, onRetry }: { what: WhatKey; error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.error', whatValues(t, what))}</p>
      <p className="state__detail">
        {error instanceof ApiUnavailableError ? t('api.unavailable', { reason: error.reason }) : errorDetail(error)}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
