import { INTL_TAG, translate, type Locale } from './i18n';
import { MOMENT_FORMAT, momentIn } from './moment';
import type { Figure, PartialDate, Unit } from './schemas';

// Every number and date on screen passes through here, with the locale passed in.

/** What the formatters below need of an `Intl.NumberFormat`. */
interface NumberFormatter {
  format(value: number): string;
  formatRange(start: number, end: number): string;
}

// German CLDR writes US dollars as a bare "$", which a German reader cannot tell from other dollars:
// the currency part becomes "US$", as British English writes it ("586 Mio. US$").
const usDollar = (part: { type: string; value: string }) =>
  part.type === 'currency' && part.value === '$' ? 'US$' : part.value;

const cache = new Map<string, NumberFormatter>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): NumberFormatter {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    const intl = new Intl.NumberFormat(INTL_TAG[locale], options);
    format =
      options.currency === 'USD'
        ? {
            format: (value) => intl.formatToParts(value).map(usDollar).join(''),
            formatRange: (start, end) => intl.formatRangeToParts(start, end).map(usDollar).join(''),
          }
        : intl;
    cache.set(key, format);
  }
  return format;
}

function optionsFor(unit: Unit): { options: Intl.NumberFormatOptions; scale: number } {
  switch (unit) {
    case 'EUR':
    case 'USD':
      return {
        options: { style: 'currency', currency: unit, notation: 'compact', maximumSignificantDigits: 3 },
        scale: 1,
      };
    case 'percent':
      return { options: { style: 'percent', maximumFractionDigits: 1 }, scale: 0.01 };
    case 'users':
    case 'count':
      return { options: { notation: 'compact', maximumFractionDigits: 1 }, scale: 1 };
    case 'months':
      return { options: { style: 'unit', unit: 'month', unitDisplay: 'long' }, scale: 1 };
  }
}

/** A bare value in its unit: "€450M", "30%", "400M", "36 months" (and the German forms). */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  // Share prices and other small amounts keep their cents; large amounts read in three digits.
  if ((unit === 'EUR' || unit === 'USD') && Math.abs(value) < 1000) {
    const cents = Number.isInteger(value) ? 0 : 2;
    return numberFormat(locale, {
      style: 'currency',
      currency: unit,
      minimumFractionDigits: cents,
      maximumFractionDigits: cents,
    }).format(value);
  }
  const { options, scale } = optionsFor(unit);
  return numberFormat(locale, options).format(value * scale);
}

/** A figure as a reader says it: with its qualifier ("about", "more than") or as a range. */
export function formatFigure(figure: Figure, locale: Locale): string {
  const { options, scale } = optionsFor(figure.unit);
  if (figure.qualifier === 'range' && figure.valueHigh !== undefined) {
    // A percentage range as the texts write it, "15–20%" / "15–20 %": Intl's own range repeats the
    // sign in some engines ("15% – 20%"), so one card would show two styles.
    if (figure.unit === 'percent')
      return `${formatDecimal(figure.value, locale, 1)}–${formatValue(figure.valueHigh, 'percent', locale)}`;
    return numberFormat(locale, options).formatRange(figure.value * scale, figure.valueHigh * scale);
  }
  const value = formatValue(figure.value, figure.unit, locale);
  if (figure.qualifier === 'about') return translate(locale, 'figure.about', { value });
  if (figure.qualifier === 'over') return translate(locale, 'figure.over', { value });
  return value;
}

// Building an Intl.DateTimeFormat costs far more than using one: timelines format hundreds of dates a
// frame. Cached by the options object itself (callers pass module constants), then by locale.
const dateCache = new WeakMap<Intl.DateTimeFormatOptions, Map<Locale, Intl.DateTimeFormat>>();
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = dateCache.get(options);
  if (!byLocale) dateCache.set(options, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { ...options, timeZone: 'UTC' });
    byLocale.set(locale, format);
  }
  return format;
}

export const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
export const MONTH_FORMAT: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
export const YEAR_FORMAT: Intl.DateTimeFormatOptions = { year: 'numeric' };
export const DAY_MONTH_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const MONTH_SHORT_FORMAT: Intl.DateTimeFormatOptions = { month: '2-digit', year: '2-digit' };

function utc(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** A day as "29 Apr 2013", or a month alone as "Nov 2012": never a made-up day. */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  if (date.precision === 'month') {
    return dateFormat(locale, MONTH_FORMAT).format(utc(`${date.date}-01`));
  }
  return formatDay(date.date, locale);
}

const MONTH_LONG_FORMAT: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/**
 * A date inside a sentence, with its precision for the message to choose its preposition ("in
 * February 2013" / "im Februar 2013", "on 29 Apr 2013" / "am 29. Apr. 2013"): a month is written
 * out, as running text writes it, rather than abbreviated as on an axis.
 */
export function formatPartialDateInText(date: PartialDate, locale: Locale): { date: string; precision: string } {
  if (date.precision === 'month')
    return { date: dateFormat(locale, MONTH_LONG_FORMAT).format(utc(`${date.date}-01`)), precision: 'month' };
  return { date: formatDay(date.date, locale), precision: 'day' };
}

export function formatDay(isoDay: string, locale: Locale): string {
  return dateFormat(locale, DAY_FORMAT).format(utc(isoDay));
}

/** A moment, such as when a file was made, in UTC and saying so: "7 Dec 2026, 19:05 UTC". */
export function formatMoment(moment: Date, locale: Locale): string {
  return momentIn(INTL_TAG[locale], moment, dateFormat(locale, MOMENT_FORMAT));
}

const LONG_DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** A day with its month in full, as a typed day is read back: "1 December 2012", "1. Dezember 2012". */
export function formatDayLong(isoDay: string, locale: Locale): string {
  return dateFormat(locale, LONG_DAY_FORMAT).format(utc(isoDay));
}

/** A plain decimal such as an exchange rate, with up to `digits` decimals. */
export function formatDecimal(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A month in the fewest characters, for crowded axes: "05/13". */
export function formatMonthShort(yearMonth: string, locale: Locale): string {
  return dateFormat(locale, MONTH_SHORT_FORMAT).format(utc(`${yearMonth}-01`));
}

/**
 * A money amount at the precision of its data (`step`, such as 0.1M), not rounded to three digits:
 * "€121.5m", "121,5 Mio. €". The unit is the one compact notation picks for the amount.
 */
export function formatAtStep(value: number, unit: 'EUR' | 'USD', step: number, locale: Locale): string {
  const magnitude = moneyScale(value);
  const digits = Math.max(0, Math.ceil(Math.log10(magnitude / step) - 1e-9));
  const { options } = optionsFor(unit);
  return numberFormat(locale, {
    ...options,
    maximumSignificantDigits: undefined,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * An amount as a bare number in a table column's scale, the unit said once in its header: 600,000
 * at 1e6 is "0.6" next to "1.1", never "US$600k" beside "US$1.1m". `precision` is the data's step
 * (0.1M gives one decimal at 1e6) or, for a figure given to a few digits, its significant digits.
 */
export function formatInScale(
  value: number,
  scale: number,
  precision: { step: number } | { significant: number },
  locale: Locale,
): string {
  if ('significant' in precision)
    return numberFormat(locale, { maximumSignificantDigits: precision.significant }).format(value / scale);
  const digits = Math.max(0, Math.ceil(Math.log10(scale / precision.step) - 1e-9));
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / scale);
}

/** The power of ten an amount of money is read in: trillions, billions, millions or thousands. */
export function moneyScale(value: number): number {
  return [1e12, 1e9, 1e6, 1e3].find((m) => Math.abs(value) >= m) ?? 1;
}

/**
 * The unit of an axis whose ticks are bare numbers at `scale`: "Mio. €", "Mio. US$", "€m", "US$bn".
 * Said once above the axis, so that narrow charts keep their plot instead of repeating it per tick.
 */
export function scaleCaption(unit: 'EUR' | 'USD', scale: number, locale: Locale): string {
  const { options } = optionsFor(unit);
  const format = new Intl.NumberFormat(INTL_TAG[locale], options);
  return format
    .formatToParts(scale)
    .filter((part) => part.type !== 'integer')
    .map(usDollar)
    .join('')
    .trim();
}
