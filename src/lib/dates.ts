import type { PartialDate } from './schemas';

// Dates travel as ISO strings (YYYY-MM-DD) so that comparing them is comparing strings.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/** True for a real calendar day written YYYY-MM-DD (2013-02-30 is not one). Arithmetic, no Date:
 * every event of a payload passes through here, 10,000 of them for a large tracker. */
export function isIsoDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function lastDayOfMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return `${yearMonth}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The days a partial date covers: one day, or the whole month (never a made-up day). */
export function dateSpan(date: PartialDate): { start: string; end: string } {
  if (date.precision === 'day') return { start: date.date, end: date.date };
  return { start: `${date.date}-01`, end: lastDayOfMonth(date.date) };
}

/** Whether a partial date overlaps the inclusive day range [from, to]; open ends allowed. */
export function overlaps(date: PartialDate, from?: string, to?: string): boolean {
  const { start, end } = dateSpan(date);
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}

/** Order by start, then by end, so a month sorts before the days inside it that follow it. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.start.localeCompare(sb.start) || sa.end.localeCompare(sb.end);
}

/** The later of two partial dates (by the day each one ends). */
export function latestDate(dates: PartialDate[]): PartialDate {
  return dates.reduce((latest, d) => (dateSpan(d).end > dateSpan(latest).end ? d : latest));
}

/** The month `count` months after a YYYY-MM month. */
export function addMonths(yearMonth: string, count: number): string {
  const [y, m] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + count, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
