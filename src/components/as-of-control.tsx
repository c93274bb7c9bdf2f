import { useId, useState, type KeyboardEvent } from 'react';
import { browserDayOrder, dayFieldForm, formatDayField, parseDayField, stepDay } from '../lib/day-field';
import type { HistoryMode } from '../lib/history-mode';
import { formatDay, formatDayLong } from '../lib/format';
import { useHydrated } from '../lib/hydration';
import { useLocale, useT, type Locale } from '../lib/i18n';

/**
 * The form the field writes days in: the page's language and the reader's region. The server cannot
 * know the region, so a prerendered page's English field starts in the ISO form (which every form
 * also reads) and takes the region's once the client has taken the page over.
 */
function useDayFieldForm(locale: Locale) {
  const hydrated = useHydrated();
  if (locale === 'de') return dayFieldForm(locale, 'dmy');
  return dayFieldForm(locale, hydrated ? browserDayOrder(navigator.languages ?? [navigator.language]) : 'ymd');
}

/**
 * "Known as of": pick a day and the whole view shows only what was public on it. A text field in
 * the reader's order of day and month (see useDayFieldForm; the browser's date input would follow
 * the browser's language, not the page's); the day read is echoed in words beside it, the arrow
 * keys step a day, and a day that cannot be read is named, with the form to use.
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
  const form = useDayFieldForm(locale);
  const { pattern, example } = form;
  // What the reader is typing; null shows the day the view is set to.
  const [draft, setDraft] = useState<string | null>(null);
  const [shownError, setShownError] = useState(false);
  // A draft that reads as another day than the view's was overtaken (Back, "Show everything").
  const typed = draft === null ? null : parseDayField(draft, form);
  const current = draft !== null && !(typed?.ok && typed.day !== value) ? draft : null;
  const text = current ?? (value ? formatDayField(value, form) : '');
  const parsed = parseDayField(text, form);
  const error =
    shownError && !parsed.ok ? t(`asof.invalid.${parsed.reason}`, { text: text.slice(0, 40), pattern, example }) : null;

  const type = (next: string) => {
    setDraft(next);
    const read = parseDayField(next, form);
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
        aria-describedby={parsed.ok && parsed.day ? `${id}-echo ${id}-hint` : `${id}-hint`}
        onChange={(e) => type(e.target.value)}
        onBlur={settle}
        onKeyDown={onKeyDown}
      />
      {/* The day as read, in words: 12/01/2012 is not the same day everywhere. The note below announces it. */}
      {parsed.ok && parsed.day && (
        <span id={`${id}-echo`} className="as-of__echo">
          {formatDayLong(parsed.day, locale)}
        </span>
      )}
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
