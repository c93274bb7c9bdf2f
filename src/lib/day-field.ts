import { isIsoDay } from './dates';
import type { Locale } from './i18n';

// "Known as of" is typed in the app's language and its order of day, month and year, not the
// browser's: 29.04.2013 on a German page, 29/04/2013 on an English one. An ISO day (a pasted
// permalink's 2013-04-29) is understood in both.

/** How a day is written in each locale's field, with the words for its parts. */
export const DAY_FIELD: Record<Locale, { separator: string; pattern: string; example: string }> = {
  en: { separator: '/', pattern: 'DD/MM/YYYY', example: '29/04/2013' },
  de: { separator: '.', pattern: 'TT.MM.JJJJ', example: '29.04.2013' },
};

/** The day as its field shows it: "29.04.2013" or "29/04/2013". */
export function formatDayField(isoDay: string, locale: Locale): string {
  const [y, m, d] = isoDay.split('-');
  const sep = DAY_FIELD[locale].separator;
  return `${d}${sep}${m}${sep}${y}`;
}

export type DayFieldValue =
  { ok: true; day: string | null } | { ok: false; reason: 'format' | 'not-a-day' | 'out-of-range' };

/** Reads what a reader typed: empty is "no day"; day and month may drop their leading zero. */
export function parseDayField(text: string, locale: Locale): DayFieldValue {
  const typed = text.trim();
  if (typed === '') return { ok: true, day: null };
  const sep = DAY_FIELD[locale].separator === '.' ? '\\.' : '/';
  const local = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})$`).exec(typed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const parts = local ? [local[3], local[2], local[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, reason: 'format' };
  const day = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  if (!isIsoDay(day)) return { ok: false, reason: 'not-a-day' };
  if (day < '2000-01-01' || day > '2099-12-31') return { ok: false, reason: 'out-of-range' };
  return { ok: true, day };
}

/** The day before or after, for the arrow keys. */
export function stepDay(isoDay: string, days: number): string {
  const ms = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
