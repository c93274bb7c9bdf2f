import type { DataTable, LegendItem } from '../../../components/chart-card';
import type { TooltipLine } from '../../../components/chart-tooltip';
import { formatFigure } from '../../../lib/format';
import type { Locale } from '../../../lib/i18n';
import type { Figure, Source, Status } from '../../../lib/schemas';
import { emptyMessage } from '../utils/empty-message';
import { asOf as asOfLine, chartSourceList, chartSources, figureTable } from '../utils/table';

// What every chart hands to its renderings: the card on screen, the printout, the data table and
// the static image all read one model, built by a pure `selectXChart(deal, params, locale, asOf)`.

/** One piece of a note: plain words, or a formula; the screen sets a status badge after it when it has one. */
export interface NotePart {
  text: string;
  code?: true;
  status?: Status;
}

/** A sentence under a chart. */
export interface ChartNote {
  /** The sentence in one line, as the static image writes it. */
  text: string;
  /** What it tells: the screen styles the rumour about Sina apart. */
  kind: 'plain' | 'rumour';
  /** The same sentence in pieces, where the screen sets status badges inside it. */
  parts?: NotePart[];
}

/** A chart with nothing to draw on the chosen day (or at all): its title and why. */
export interface EmptyChartModel {
  title: string;
  empty: string;
}

/** The parts every chart's model has; each chart adds its rows and what it draws them on. */
export interface ChartModelBase {
  empty: null;
  locale: Locale;
  title: string;
  /** The drawing's description, for assistive technology. */
  desc: string;
  /** Under the title: what the chart shows and as of when. */
  subtitle: string;
  /** What only the static image adds under the subtitle: the chart's parameters. */
  params: string[];
  /** The series with their statuses, as the legend names them. */
  legend: LegendItem[];
  /** The data table: every value at its data's precision, with its status, sources and public day. */
  table: DataTable;
  notes: ChartNote[];
  /** Where a shown value was converted, which, and with which pair; null when none was. */
  currencyNote: string | null;
  /** The line under the chart: its sources, each once. */
  sourceLine: string;
  /** The same sources in full, one entry each, for the static image. */
  sources: string[];
}

/** A chart's model, or why it has nothing to draw. */
export type ChartModel<T extends ChartModelBase> = T | EmptyChartModel;

export function emptyModel(title: string, asOf: string | null, locale: Locale): EmptyChartModel {
  return { title, empty: emptyMessage(asOf, locale) };
}

/** Everything the card, the printout and the image say about a chart's figures. */
export function figureParts(
  entries: { label: string; figure: Figure }[],
  figures: Figure[],
  sources: Source[],
  locale: Locale,
  /** The view's day: sources are listed in its order, none dated later (null: today). */
  viewDay: string | null = null,
): Pick<ChartModelBase, 'table' | 'sourceLine' | 'sources'> & { asOf: string } {
  return {
    table: figureTable(entries, sources, locale),
    sourceLine: chartSources(figures, sources, locale, viewDay),
    sources: chartSourceList(figures, sources, locale, viewDay),
    asOf: asOfLine(figures, locale),
  };
}

/** One horizontal bar per figure (the valuation chart, the option what-if). */
export interface FigureBar {
  key: string;
  name: string;
  value: number;
  status: Status;
  valueLabel: string;
  tooltip: TooltipLine[];
}

export function figureBars(entries: { label: string; figure: Figure }[], locale: Locale): FigureBar[] {
  return entries.map(({ label, figure }) => {
    const text = formatFigure(figure, locale);
    return {
      key: figure.id,
      name: label,
      value: figure.value,
      status: figure.status,
      valueLabel: text,
      tooltip: [{ label, value: text, status: figure.status }],
    };
  });
}

/** The notes as the static image writes them: the chart's own, then the currency note. */
export function noteLines(model: ChartModelBase): string[] {
  return [...model.notes.map((n) => n.text), ...(model.currencyNote ? [model.currencyNote] : [])];
}

/** A plain note of one sentence. */
export const note = (text: string, kind: ChartNote['kind'] = 'plain'): ChartNote => ({ text, kind });
