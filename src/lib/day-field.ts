import { isIsoDay } from './dates';
import type { Locale } from './i18n';

// "Known as of" is typed in the order the reader writes days: a German page reads 29.04.2013; an
// English page follows the browser's region (04/29/2013 in the US, 29/04/2013 in Britain), since
// English alone does not say which of 12/01 is the month. An ISO day (a pasted permalink's
// 2013-04-29) is understood everywhere, and is the form a page shows before it knows the region.

/** The order of day, month and year in a written date. */
export type DayOrder = 'dmy' | 'mdy' | 'ymd';

/** How a day is written in the field, with the words for its parts. */
export interface DayFieldForm {
  order: DayOrder;
  separator: string;
  pattern: string;
  example: string;
}

const FORMS: Record<Locale, Record<DayOrder, DayFieldForm>> = {
  en: {
    dmy: { order: 'dmy', separator: '/', pattern: 'DD/MM/YYYY', example: '29/04/2013' },
    mdy: { order: 'mdy', separator: '/', pattern: 'MM/DD/YYYY', example: '04/29/2013' },
    ymd: { order: 'ymd', separator: '-', pattern: 'YYYY-MM-DD', example: '2013-04-29' },
  },
  de: {
    dmy: { order: 'dmy', separator: '.', pattern: 'TT.MM.JJJJ', example: '29.04.2013' },
    mdy: { order: 'dmy', separator: '.', pattern: 'TT.MM.JJJJ', example: '29.04.2013' },
    ymd: { order: 'ymd', separator: '-', pattern: 'JJJJ-MM-TT', example: '2013-04-29' },
  },
};

/**
 * The field's form for a page in `locale` whose reader writes days in `order`. German is always
 * day first (TT.MM.JJJJ): a German page's reader reads German dates. `ymd` is the ISO form.
 */
export function dayFieldForm(locale: Locale, order: DayOrder): DayFieldForm {
  return FORMS[locale][order];
}

/**
 * The order the reader's browser writes days in, from its preferred languages: the first English
 * one (its region decides: en-US month first, en-GB day first), else the first one at all.
 */
export function browserDayOrder(languages: readonly string[]): DayOrder {
  const tag = languages.find((l) => /^en\b/i.test(l)) ?? languages[0];
  if (!tag) return 'dmy';
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2013, 3, 29)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year')
      .map((t) => t[0])
      .join('');
    return parts === 'mdy' || parts === 'ymd' ? parts : 'dmy';
  } catch {
    return 'dmy';
  }
}

/** The day as its field shows it: "29.04.2013", "29/04/2013", "04/29/2013" or "2013-04-29". */
export function formatDayField(isoDay: string, form: DayFieldForm): string {
  const [y, m, d] = isoDay.split('-');
  const sep = form.separator;
  if (form.order === 'ymd') return isoDay;
  return form.order === 'mdy' ? `${m}${sep}${d}${sep}${y}` : `${d}${sep}${m}${sep}${y}`;
}

export type DayFieldValue =
  { ok: true; day: string | null } | { ok: false; reason: 'format' | 'not-a-day' | 'out-of-range' };

/** Reads what a reader typed: empty is "no day"; day and month may drop their leading zero. */
export function parseDayField(text: string, form: DayFieldForm): DayFieldValue {
  const typed = text.trim();
  if (typed === '') return { ok: true, day: null };
  const sep = form.separator === '.' ? '\\.' : '/';
  const local = form.order === 'ymd' ? null : new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})$`).exec(typed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const parts = local
    ? form.order === 'mdy'
      ? [local[3], local[1], local[2]]
      : [local[3], local[2], local[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : null;
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
