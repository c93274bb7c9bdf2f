import { useId } from 'react';
import { isIsoDay } from '../lib/dates';
import type { HistoryMode } from '../lib/history-mode';
import { formatDay } from '../lib/format';
import { useLocale, useT } from '../lib/i18n';

/** "Known as of": pick a day and the whole view shows only what was public on it. */
export function AsOfControl({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (asOf: string | null, how?: HistoryMode) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asof.label')}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        min="2000-01-01"
        max="2099-12-31"
        // Typing a date changes it once per segment ("1", "15"); the run is one change for Back.
        onChange={(e) => onChange(isIsoDay(e.target.value) ? e.target.value : null, 'continuous')}
      />
      {value && (
        <>
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            {t('asof.clear')}
          </button>
          <span className="as-of__note" role="status">
            {t('asof.active', { date: formatDay(value, locale) })}
          </span>
          {/* On paper the control reads as the date it is set to; unset, it prints nothing. */}
          <span className="as-of__print" aria-hidden="true">
            {t('print.asOf', { date: formatDay(value, locale) })}
          </span>
        </>
      )}
    </div>
  );
}
