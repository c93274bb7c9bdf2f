import type { PartialDate } from './schemas';

// Dates travel as ISO strings (YYYY-MM-DD) so that comparing them is comparing strings.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2013-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function lastDayOfMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${yearMonth}-${String(last).padStart(2, '0')}`;
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
