import { HttpError, NetworkError, PayloadError } from '../lib/api-client';
import { useT } from '../lib/i18n';

export function LoadingState({ what }: { what: string }) {
  const t = useT();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t('state.loading', { what })}
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

export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.error', { what })}</p>
      <p className="state__detail">{errorDetail(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
