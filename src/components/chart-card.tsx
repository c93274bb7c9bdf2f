import { useId, type ReactNode } from 'react';
import { useT } from '../lib/i18n';
import type { Citation, Status } from '../lib/schemas';
import { WidgetExportContext, type WidgetExportInfo } from './export-info';
import { FootnoteMarks } from './footnotes';
import { HeadingDeal } from './heading-deal';
import { ScrollRegion } from './scroll-region';
import { StatusSwatch, type LegendMark } from './status-patterns';

export interface LegendItem {
  label: string;
  status: Status;
  /** The mark the entry stands for on the chart, as its swatch draws it; a filled shape when absent. */
  mark?: LegendMark;
}

/**
 * Recharts 3.11 draws its z-index layers as bare <g> elements that are React portal targets; React
 * gives them focus listeners, and Chromium then puts each one in the tab order: six empty tab stops
 * per chart. tabindex="-1" takes them out again (earlier Recharts 3 releases set it themselves).
 */
function untabbableLayers(node: HTMLDivElement | null) {
  if (!node) return;
  const mark = () =>
    node
      .querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')
      .forEach((g) => g.setAttribute('tabindex', '-1'));
  mark();
  const observer = new MutationObserver(mark);
  observer.observe(node, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * A table cell; a number also keeps its raw value, so that a reader's tools can check it, and a
 * source or status names its citations, which print as footnote marks.
 */
export type TableCell = string | { text: string; value: number } | { text: string; citations: Citation[] };

export interface DataTable {
  columns: string[];
  rows: TableCell[][];
}

function Cell({ cell, header }: { cell: TableCell; header: boolean }) {
  if (typeof cell === 'string') return header ? <th scope="row">{cell}</th> : <td>{cell}</td>;
  if ('citations' in cell)
    return (
      <td>
        {cell.text}
        <FootnoteMarks citations={cell.citations} />
      </td>
    );
  return header ? <th scope="row">{cell.text}</th> : <td data-value={cell.value}>{cell.text}</td>;
}

/** Every citation the table's cells name, for the marks on the source line. */
const tableCitations = (table: DataTable): Citation[] =>
  table.rows.flatMap((row) =>
    row.flatMap((cell) => (typeof cell !== 'string' && 'citations' in cell ? cell.citations : [])),
  );

interface ChartCardProps {
  title: string;
  subtitle?: string;
  sourceLine?: string;
  legend?: LegendItem[];
  table?: DataTable;
  controls?: ReactNode;
  notes?: ReactNode;
  /** The chart itself; absent while loading, empty or failed, with `state` saying which. */
  children?: ReactNode;
  state?: ReactNode;
  widget: string;
  /** Actions for the whole widget, such as "Embed", set beside the title. */
  actions?: ReactNode;
  /** What the static image says beyond the title, subtitle and legend (parameters, notes, sources), and its drawing. */
  exportInfo?: { lines?: string[]; notes?: string[]; sources?: string[]; chart?: WidgetExportInfo['chart'] };
}

/**
 * Every chart's frame: title, as-of subtitle, controls, the chart, a legend that tells statuses
 * apart by texture and word, the source line, and a data table with the same numbers.
 */
export function ChartCard({
  title,
  subtitle,
  sourceLine,
  legend = [],
  table = { columns: [], rows: [] },
  controls,
  notes,
  children,
  state,
  widget,
  actions,
  exportInfo,
}: ChartCardProps) {
  const t = useT();
  const titleId = useId();
  const info: WidgetExportInfo = {
    title,
    lines: [subtitle ?? '', ...(exportInfo?.lines ?? [])].filter(Boolean),
    legend: state ? [] : legend,
    notes: state ? [] : (exportInfo?.notes ?? []),
    sources: state ? [] : (exportInfo?.sources ?? []),
    ...(state || !exportInfo?.chart ? {} : { chart: exportInfo.chart }),
  };
  return (
    <section className="chart-card" aria-labelledby={titleId} data-widget={widget}>
      <header className="chart-card__header">
        <div className="chart-card__heading">
          <h2 id={titleId} className="chart-card__title">
            {title}
            <HeadingDeal />
          </h2>
          {/* The Embed button reads what the static image needs from here. */}
          <WidgetExportContext.Provider value={info}>{actions}</WidgetExportContext.Provider>
        </div>
        {subtitle && <p className="chart-card__subtitle">{subtitle}</p>}
      </header>
      {controls && <div className="chart-card__controls">{controls}</div>}
      {state ?? (
        <>
          <div className="chart-card__chart" ref={untabbableLayers}>
            {children}
          </div>
          <ul className="legend" aria-label={t('chart.legend')}>
            {legend.map((item) => (
              <li key={`${item.label}-${item.status}`}>
                <StatusSwatch status={item.status} mark={item.mark} /> {item.label}{' '}
                <span className="legend__status">({t(`status.${item.status}`)})</span>
              </li>
            ))}
          </ul>
          {notes}
          {sourceLine && (
            <p className="chart-card__source">
              {sourceLine}
              <FootnoteMarks citations={tableCitations(table)} />
            </p>
          )}
          <details className="data-table">
            <summary>{t('chart.viewData')}</summary>
            <ScrollRegion label={t('table.region', { title })}>
              <table>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (
                        <Cell key={j} cell={cell} header={j === 0} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </section>
  );
}

/** Why a chart has nothing to draw: no source reports its figures, or none was public yet. */
export function EmptyChart({ message }: { message: string }) {
  return <p className="state state--empty">{message}</p>;
}
