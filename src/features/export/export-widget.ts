import type { KpiCardSummary, WidgetExportInfo } from '../../components/export-info';
import { LINE_DASH, type LegendMark } from '../../components/status-patterns';
import { resolvePalette, type ReadVariable } from '../../lib/palette';
import type { Status } from '../../lib/schemas';
import { frameExport, wrapToWidth, type ExportPalette, type LegendGroup } from './export-frame';
import { exportFontCss } from './fonts';
import { download, escapeXml, svgToPng } from './svg-export';

// A widget's static image: its chart drawn again from the chart's model by the same view the
// screen uses, with the same props (Recharts draws only into a live document, so the widget renders
// it off screen), its markup taken as it is and its palette resolved: the theme's variables it paints
// with are written as the colours the page gives them (lib/palette.ts). Or its key figures drawn
// from their model. Either is set in the shared frame with the words the model gives: title,
// parameters, a legend that explains the fills, notes, sources and the permalink.

const STATUSES: readonly Status[] = ['reported', 'derived', 'modelled'];

/** The fills the charts refer to by id (status-patterns.tsx), defined once per page. */
const PATTERN_IDS = ['status-derived', 'status-modelled'] as const;

const serialise = (element: Element) => new XMLSerializer().serializeToString(element);

/** The width the image draws a chart at when the card shows none to match (it is hidden or not laid out). */
const FALLBACK_WIDTH = 640;

/** The next frame, or 50 ms when the page gets no frames (a background tab). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Renders a chart's drawing from its model off screen, at `width`, and returns its SVG markup as
 * drawn. Recharts lays a chart out over a few commits: the SVG is taken once it stops changing. The
 * host is a bare box, not a card: the drawing carries its own look, in its attributes.
 */
async function drawOffscreen(
  chart: NonNullable<WidgetExportInfo['chart']>,
  width: number,
): Promise<{ svg: string; width: number; height: number } | null> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;padding:0;border:0;box-shadow:none;pointer-events:none`;
  document.body.append(host);
  const unmount = chart.mount(host, width);
  try {
    let last = '';
    let still = 0;
    for (let frame = 0; frame < 120 && still < 2; frame += 1) {
      await nextFrame();
      const markup = host.querySelector('svg.recharts-surface')?.outerHTML ?? '';
      still = markup && markup === last ? still + 1 : 0;
      last = markup;
    }
    const surface = host.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!surface) return null;
    const height = Number(surface.getAttribute('height')) || Math.round(surface.getBoundingClientRect().height);
    // The surface's style fits it to the card's box (width and height 100%); in a file its own width
    // and height place it, whatever the viewer makes of a nested svg's percentages.
    const drawing = surface.cloneNode(true) as SVGSVGElement;
    drawing.removeAttribute('style');
    return { svg: serialise(drawing), width, height };
  } finally {
    unmount();
    host.remove();
  }
}

/** The width of the card's chart area, so the image draws the chart as wide as the reader saw it. */
function chartWidth(element: HTMLElement): number {
  const area = element.querySelector('.chart-card__chart');
  const width = area ? Math.floor(area.getBoundingClientRect().width) : 0;
  return width > 0 ? width : FALLBACK_WIDTH;
}

export interface WidgetImageLabels {
  legend: string;
  statuses: string;
  sources: string;
  viewOnline: string;
  /** "Derived", per status, as the legend's words. */
  status: Record<Status, string>;
  /** What each fill means, per status, already joined with its name. */
  statusHelp: Record<Status, string>;
}

export interface WidgetImageInput {
  /** The widget's section on the page: only its colours and the width of its chart are read. */
  element: HTMLElement;
  info: WidgetExportInfo;
  permalink: string;
  /** Without the extension. */
  fileBase: string;
  labels: WidgetImageLabels;
  /** When the image is made, in the reader's words ("Exported 7 Dec 2026, 19:05 UTC"). */
  madeOn: string;
}

export interface Colours extends ExportPalette {
  status: Record<Status, string>;
}

/** The page's value of a theme variable where the widget is shown: its palette, read, not its styles copied. */
function variables(element: HTMLElement): ReadVariable {
  const page = getComputedStyle(element);
  return (name) => page.getPropertyValue(name);
}

function colours(element: HTMLElement): Colours {
  const page = getComputedStyle(element);
  const read = (name: string, fallback: string) => page.getPropertyValue(name).trim() || fallback;
  const card = page.backgroundColor;
  const transparent = !card || card === 'transparent' || /rgba\(.*,\s*0\)$/.test(card);
  return {
    background: transparent ? read('--surface', '#ffffff') : card,
    text: read('--text', '#000000'),
    muted: read('--muted', '#444444'),
    rule: read('--border', '#cccccc'),
    status: {
      reported: read('--reported', '#1d4ed8'),
      derived: read('--derived', '#7e22ce'),
      modelled: read('--modelled', '#92400e'),
    },
  };
}

/**
 * The same sample the screen's legend shows (status-patterns.tsx), in a 16x12 box: a fill, or a
 * line (dashed as the chart dashes it) for a series the chart draws as a line.
 */
function swatch(status: Status, c: Colours, mark: LegendMark = 'fill'): string {
  if (mark !== 'fill') {
    const dash = mark === 'dashed-line' ? ` stroke-dasharray="${LINE_DASH}"` : '';
    return `<line x1="0" y1="6" x2="16" y2="6" stroke="${escapeXml(c.status[status])}" stroke-width="2"${dash}/>`;
  }
  const fill = status === 'reported' ? escapeXml(c.status.reported) : `url(#status-${status})`;
  const dash = status === 'reported' ? '' : ` stroke-dasharray="${status === 'derived' ? '3 2' : '1 2'}"`;
  return `<rect x="0.75" y="0.75" width="14.5" height="10.5" fill="${fill}" stroke="${escapeXml(c.status[status])}" stroke-width="1.5"${dash}/>`;
}

/** The image's two legends: the chart's series, each with its mark, and what each status's fill means. */
export function widgetLegends(info: WidgetExportInfo, labels: WidgetImageLabels, c: Colours): LegendGroup[] {
  const used = new Set<Status>([
    ...info.legend.map((item) => item.status),
    ...(info.cards ?? []).flatMap((card) => (card.status ? [card.status] : [])),
  ]);
  return [
    {
      heading: labels.legend,
      items: info.legend.map((item) => ({
        label: `${item.label} (${labels.status[item.status]})`,
        swatch: swatch(item.status, c, item.mark),
      })),
    },
    {
      heading: labels.statuses,
      items: STATUSES.filter((s) => used.has(s)).map((s) => ({ label: labels.statusHelp[s], swatch: swatch(s, c) })),
    },
  ];
}

const CARD_MIN = 200;
const CARD_GAP = 12;
const CARD_PAD = 12;

/** The key figures as cards in rows, drawn from their model. */
function kpiBody(cards: KpiCardSummary[], width: number, labels: WidgetImageLabels, c: Colours) {
  const columns = Math.max(1, Math.min(cards.length, Math.floor((width - 16 + CARD_GAP) / (CARD_MIN + CARD_GAP))));
  const cardWidth = (width - 16 - CARD_GAP * (columns - 1)) / columns;
  const inner = cardWidth - 2 * CARD_PAD;
  const text = (x: number, y: number, line: string, size: number, fill: string, weight = 400) =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${weight === 400 ? '' : ` font-weight="${weight}"`} fill="${escapeXml(fill)}">${escapeXml(line)}</text>`;

  // Each card's content as rows of (text, size, leading, colour, weight), with the status row apart.
  const laidOut = cards.map((card) => {
    const rows: { line: string; size: number; lead: number; fill: string; weight: number; status?: Status }[] = [];
    const add = (content: string | undefined, size: number, lead: number, fill: string, weight = 400) => {
      if (!content) return;
      for (const line of wrapToWidth(content, inner, size, weight !== 400))
        rows.push({ line, size, lead, fill, weight });
    };
    add(card.label, 12, 17, c.muted, 600);
    add(card.value, 22, 30, c.text, 600);
    add(card.context, 12, 17, c.muted);
    if (card.status)
      rows.push({
        line: labels.status[card.status],
        size: 11,
        lead: 18,
        fill: c.text,
        weight: 600,
        status: card.status,
      });
    add(card.source, 11, 15, c.muted);
    for (const later of card.later) add(later, 11, 15, c.muted);
    add(card.missing, 12, 17, c.muted);
    return rows;
  });
  const heightOf = (rows: (typeof laidOut)[number]) => rows.reduce((sum, r) => sum + r.lead, 0) + 2 * CARD_PAD + 4;

  const parts: string[] = [];
  let top = 0;
  for (let start = 0; start < cards.length; start += columns) {
    const row = laidOut.slice(start, start + columns);
    const rowHeight = Math.max(...row.map(heightOf));
    row.forEach((rows, i) => {
      const card = cards[start + i];
      const x = 8 + i * (cardWidth + CARD_GAP);
      parts.push(
        `<rect x="${(x + 0.5).toFixed(1)}" y="${top + 0.5}" width="${(cardWidth - 1).toFixed(1)}" height="${rowHeight - 1}" rx="8" fill="${escapeXml(c.background)}" stroke="${escapeXml(c.rule)}"/>`,
        `<rect x="${(x + 0.5).toFixed(1)}" y="${top + 0.5}" width="${(cardWidth - 1).toFixed(1)}" height="4" fill="${escapeXml(card.status ? c.status[card.status] : c.rule)}"/>`,
      );
      let y = top + CARD_PAD + 4;
      for (const r of rows) {
        y += r.lead;
        if (r.status) {
          parts.push(
            `<g transform="translate(${(x + CARD_PAD).toFixed(1)},${(y - 12).toFixed(1)})">${swatch(r.status, c)}</g>`,
          );
          parts.push(text(x + CARD_PAD + 21, y - 2, r.line, r.size, r.fill, r.weight));
        } else parts.push(text(x + CARD_PAD, y - (r.lead - r.size) / 2 - 1, r.line, r.size, r.fill, r.weight));
      }
    });
    top += rowHeight + CARD_GAP;
  }
  const height = Math.max(top - CARD_GAP, 0);
  return { svg: `<g>${parts.join('')}</g>`, height };
}

/**
 * Builds the image's SVG text and size from the widget's model: its words, and its chart drawn
 * again off screen. From the page it reads only the colours and the width the chart had there.
 */
export async function buildWidgetImage(
  input: WidgetImageInput,
): Promise<{ svg: string; width: number; height: number }> {
  const { element, info, labels } = input;
  if (info.image) return info.image(await exportFontCss(), input.permalink);
  const c = colours(element);
  const palette = variables(element);
  let width = Math.max(Math.round(element.getBoundingClientRect().width), 320);
  let body: { svg: string; height: number } | null = null;
  if (info.cards) {
    width = Math.max(Math.min(Math.round(element.getBoundingClientRect().width), 1200), 320);
    body = kpiBody(info.cards, width, labels, c);
  } else if (info.chart) {
    const drawn = await drawOffscreen(info.chart, chartWidth(element));
    if (drawn) [width, body] = [drawn.width, { svg: resolvePalette(drawn.svg, palette), height: drawn.height }];
  }
  body ??= { svg: '', height: 0 };
  // The fills the bars and the swatches refer to by id live once per page; the image takes a copy.
  const defs = PATTERN_IDS.map((id) => document.getElementById(id))
    .filter((e): e is HTMLElement => e !== null)
    .map((pattern) => resolvePalette(serialise(pattern), palette))
    .join('');
  return frameExport({
    width,
    title: info.title,
    lines: info.lines,
    body,
    legends: widgetLegends(info, labels, c),
    notes: info.notes,
    sources: info.sources,
    permalink: input.permalink,
    madeOn: input.madeOn,
    palette: c,
    fontCss: await exportFontCss(),
    defs,
    labels: { sources: labels.sources, viewOnline: labels.viewOnline },
  });
}

/** A static PNG (at 2x) or SVG of one widget as it stands, that reads on its own in a document. */
export async function exportWidget(format: 'png' | 'svg', input: WidgetImageInput): Promise<string> {
  const built = await buildWidgetImage(input);
  const fileName = `${input.fileBase}.${format}`;
  if (format === 'svg') download(built.svg, fileName, 'image/svg+xml');
  else download(await svgToPng(built.svg, built.width, built.height, 2), fileName, 'image/png');
  return fileName;
}
