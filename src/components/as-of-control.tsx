import { useId, useState, type KeyboardEvent } from 'react';
import { DAY_FIELD, formatDayField, parseDayField, stepDay } from '../lib/day-field';
import type { HistoryMode } from '../lib/history-mode';
import { formatDay } from '../lib/format';
import { useLocale, useT } from '../lib/i18n';

/**
 * "Known as of": pick a day and the whole view shows only what was public on it. A text field in
 * the app's language and date order (the browser's date input follows the browser's locale);
 * the arrow keys step a day, and a day that cannot be read is named, with the form to use.
 */
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
  const { pattern, example } = DAY_FIELD[locale];
  // What the reader is typing; null shows the day the view is set to.
  const [draft, setDraft] = useState<string | null>(null);
  const [shownError, setShownError] = useState(false);
  // A draft that reads as another day than the view's was overtaken (Back, "Show everything").
  const typed = draft === null ? null : parseDayField(draft, locale);
  const current = draft !== null && !(typed?.ok && typed.day !== value) ? draft : null;
  const text = current ?? (value ? formatDayField(value, locale) : '');
  const parsed = parseDayField(text, locale);
  const error =
    shownError && !parsed.ok ? t(`asof.invalid.${parsed.reason}`, { text: text.slice(0, 40), pattern, example }) : null;

  const type = (next: string) => {
    setDraft(next);
    const read = parseDayField(next, locale);
    if (read.ok) {
      setShownError(false);
      // Typing a day changes it once per keystroke that makes a day; the run is one entry for Back.
      if (read.day !== value) onChange(read.day, 'continuous');
    }
  };
  const settle = () => {
    if (parsed.ok) setDraft(null);
    else setShownError(true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') settle();
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && value) {
      e.preventDefault();
      setDraft(null);
      setShownError(false);
      onChange(stepDay(value, e.key === 'ArrowUp' ? 1 : -1), 'continuous');
    }
  };

  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asof.label')}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className="as-of__input"
        size={11}
        placeholder={pattern}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => type(e.target.value)}
        onBlur={settle}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className={error ? 'as-of__error' : 'visually-hidden'} role={error ? 'alert' : undefined}>
        {error ?? t('asof.hint', { pattern, example })}
      </span>
      {value && (
        <>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDraft(null);
              setShownError(false);
              onChange(null);
            }}
          >
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
