import type { DataTable } from '../../../components/chart-card';
import { latestDate } from '../../../lib/dates';
import {
  formatFigure,
  formatInScale,
  formatPartialDate,
  formatValue,
  moneyScale,
  scaleCaption,
} from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { citationLabel, sourceEntries, sourcesLine } from '../../../lib/provenance';
import type { Figure, Source } from '../../../lib/schemas';
import { isPoints } from './derive';

/** The status as the table says it: with the formula or assumption it stands on (both, when computed). */
export function statusText(figure: Figure, locale: Locale): string {
  const word = translate(locale, `status.${figure.status}`);
  if (figure.status === 'derived') return `${word}: ${figure.formula}`;
  if (figure.status === 'modelled') {
    const formula = 'formula' in figure && typeof figure.formula === 'string' ? `${figure.formula} · ` : '';
    const assumption = formula ? `${translate(locale, 'details.assumption')}: ` : '';
    return `${word}: ${formula}${assumption}${figure.assumption}`;
  }
  return word;
}

/** A figure's value as a table gives it: a difference of percentages in points ("about 12 points"). */
export function valueText(figure: Figure, locale: Locale): string {
  if (!isPoints(figure)) return formatFigure(figure, locale);
  const value = translate(locale, 'stake.points', { value: formatValue(figure.value, 'count', locale) });
  return figure.qualifier === 'about' ? translate(locale, 'figure.about', { value }) : value;
}

export function figureTable(rows: { label: string; figure: Figure }[], sources: Source[], locale: Locale): DataTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    columns: [
      t('chart.col.item'),
      t('chart.col.value'),
      t('chart.col.status'),
      t('chart.col.source'),
      t('chart.col.public'),
    ],
    rows: rows.map(({ label, figure }) => [
      label,
      { text: valueText(figure, locale), value: figure.value },
      statusText(figure, locale),
      { text: figure.sources.map((c) => citationLabel(c, sources, locale)).join('; '), citations: figure.sources },
      formatPartialDate(figure.publicOn, locale),
    ]),
  };
}

/**
 * A column of money at one scale, the column's largest amount's ("Mio. €" for 0.6M to 290M): its
 * header names the unit, its cells are bare numbers, so no cell switches to thousands or billions.
 */
export function moneyColumn(name: string, values: number[], unit: 'EUR' | 'USD', locale: Locale) {
  const scale = moneyScale(Math.max(0, ...values.map(Math.abs)));
  return {
    header: translate(locale, 'table.col.unit', { name, unit: scaleCaption(unit, scale, locale) }),
    /** An amount at the data's step (0.1M: "0.6"). */
    atStep: (value: number, step: number) => formatInScale(value, scale, { step }, locale),
    /** A figure at its own precision, with its qualifier ("about 290"). */
    figure: (figure: Figure) => {
      const value = formatInScale(figure.value, scale, { significant: 3 }, locale);
      return figure.qualifier === 'about' ? translate(locale, 'figure.about', { value }) : value;
    },
  };
}

/** "As of <date>": the day the last of the shown figures became public. */
export function asOf(figures: Figure[], locale: Locale): string {
  return translate(locale, 'chart.asOf', {
    date: formatPartialDate(latestDate(figures.map((f) => f.publicOn)), locale),
  });
}

/** The line under a chart: every source behind its figures, each once. */
export function chartSources(figures: Figure[], sources: Source[], locale: Locale, asOf: string | null = null): string {
  return translate(locale, 'chart.sources', {
    sources: sourcesLine(
      figures.flatMap((f) => f.sources),
      sources,
      locale,
      asOf,
    ),
  });
}

/** Every source behind some figures, each once and in full, for a static image's "Sources". */
export function chartSourceList(
  figures: Figure[],
  sources: Source[],
  locale: Locale,
  asOf: string | null = null,
): string[] {
  return sourceEntries(
    figures.flatMap((f) => f.sources),
    sources,
    locale,
    asOf,
  );
}
