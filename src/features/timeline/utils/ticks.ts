import { dateFormat, DAY_FORMAT, DAY_MONTH_FORMAT, MONTH_FORMAT, YEAR_FORMAT } from '../../../lib/format';
import type { Locale } from '../../../lib/i18n';
import { DAY_MS, dayToX, span, toDay, type Range } from './time-scale';

export interface Tick {
  day: number;
  x: number;
  label: string;
}

type Step = { unit: 'day' | 'month' | 'year'; every: number; days: number };

const STEPS: Step[] = [
  { unit: 'day', every: 1, days: 1 },
  { unit: 'day', every: 2, days: 2 },
  { unit: 'day', every: 7, days: 7 },
  { unit: 'month', every: 1, days: 30.4 },
  { unit: 'month', every: 3, days: 91 },
  { unit: 'month', every: 6, days: 182 },
  { unit: 'year', every: 1, days: 365 },
  { unit: 'year', every: 2, days: 730 },
  { unit: 'year', every: 5, days: 1826 },
];

/**
 * Axis ticks on calendar boundaries, at least `minGap` pixels apart, labelled in the locale. A
 * zoomed axis keeps its year: where ticks name days ("11 Apr"), the first tick and each one in a
 * new year say the year too ("11 Apr 2013", "2 Jan 2014"); month and year ticks always do.
 */
export function axisTicks(range: Range, width: number, locale: Locale, minGap = 72): Tick[] {
  const step = STEPS.find((s) => (s.days / span(range)) * width >= minGap) ?? STEPS[STEPS.length - 1];
  const format = dateFormat(
    locale,
    step.unit === 'year' ? YEAR_FORMAT : step.unit === 'month' ? MONTH_FORMAT : DAY_MONTH_FORMAT,
  );
  const withYear = step.unit === 'day' ? dateFormat(locale, DAY_FORMAT) : format;
  const ticks: Tick[] = [];
  let lastYear: number | null = null;
  const first = new Date(Math.floor(range.start) * DAY_MS);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  let d = first.getUTCDate();
  if (step.unit === 'year') {
    y = Math.ceil(y / step.every) * step.every;
    m = 0;
    d = 1;
  } else if (step.unit === 'month') {
    m = Math.ceil(m / step.every) * step.every;
    d = 1;
  }
  for (let guard = 0; guard < 500; guard += 1) {
    const date = new Date(Date.UTC(y, m, d));
    const day = toDay(date.toISOString().slice(0, 10));
    if (day >= range.end) break;
    if (day >= range.start) {
      const year = date.getUTCFullYear();
      const label = (year === lastYear ? format : withYear).format(date);
      ticks.push({ day, x: dayToX(day, range, width), label });
      lastYear = year;
    }
    if (step.unit === 'year') y += step.every;
    else if (step.unit === 'month') m += step.every;
    else d += step.every;
  }
  return ticks;
}
