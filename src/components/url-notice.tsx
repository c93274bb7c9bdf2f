import { createContext, useCallback, useContext, useState } from 'react';
import { formatDay, formatPartialDate } from '../lib/format';
import { useLocale, useT } from '../lib/i18n';
import { noteKey, type AddressNote, type ParamProblem } from '../lib/url-params';

/** Where a part of the page reports a value of the address it used otherwise than written. */
export const AddressNoteContext = createContext<(note: AddressNote) => void>(() => undefined);

/** A part of the page (the timeline) tells the page's notice what it did with the address. */
export const useReportAddressNote = () => useContext(AddressNoteContext);

/** The notes reported on this page, each once, and the function that reports one. */
export function useAddressNotes(): [AddressNote[], (note: AddressNote) => void] {
  const [notes, setNotes] = useState<AddressNote[]>([]);
  const report = useCallback(
    (note: AddressNote) =>
      setNotes((current) => (current.some((n) => noteKey(n) === noteKey(note)) ? current : [...current, note])),
    [],
  );
  return [notes, report];
}

/**
 * Says which values in the address were ignored, and which were used otherwise than written (and
 * what was used instead), so a broken or stale link never changes the view silently.
 */
export function UrlNotice({ problems, notes = [] }: { problems: ParamProblem[]; notes?: AddressNote[] }) {
  const t = useT();
  const locale = useLocale();
  const key = [...problems.map((p) => `${p.key}=${p.value}`), ...notes.map(noteKey)].join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if ((problems.length === 0 && notes.length === 0) || dismissed === key) return null;
  const said = (note: AddressNote) => {
    const days = Object.fromEntries(Object.entries(note.days ?? {}).map(([k, day]) => [k, formatDay(day, locale)]));
    const dates = Object.fromEntries(
      Object.entries(note.dates ?? {}).map(([k, date]) => [k, formatPartialDate(date, locale)]),
    );
    const text = Object.fromEntries(Object.entries(note.text ?? {}).map(([k, value]) => [k, value.slice(0, 60)]));
    return t(note.message, { ...days, ...dates, ...text });
  };
  return (
    <div className="url-notice" role="status">
      <div className="url-notice__text">
        {problems.length > 0 && (
          <p>
            {t('url.notice', {
              items: problems.map((p) => `${p.key}=“${p.value.slice(0, 60)}”`).join(', '),
            })}
          </p>
        )}
        {notes.map((note) => (
          <p key={noteKey(note)}>{said(note)}</p>
        ))}
      </div>
      <button type="button" className="button button--small" onClick={() => setDismissed(key)}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
