import { exportFontCss } from './fonts';
import { buildExportSvg, download, escapeXml, svgToPng, wrap } from './svg-export';

export interface WidgetExport {
  /** The widget's root element on the page (a chart card, the KPI cards, the timeline). */
  element: HTMLElement;
  title: string;
  subtitle: string;
  caption: string;
  fileBase: string;
}

function pageColours() {
  const page = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => page.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--surface', '#ffffff'),
    color: read('--text', '#000000'),
    muted: read('--muted', '#444444'),
  };
}

/** The KPI cards are HTML, not SVG: they are redrawn as a row of cards, text only. */
function kpiSvg(element: HTMLElement, colours: ReturnType<typeof pageColours>): SVGSVGElement {
  const cards = [...element.querySelectorAll<HTMLElement>('.kpi-card')];
  const width = 232;
  const lines = (card: HTMLElement) => [
    { text: card.querySelector('.kpi-card__label')?.textContent ?? '', size: 12, weight: 600, fill: colours.muted },
    {
      text: card.querySelector('.kpi-card__value')?.textContent ?? card.querySelector('.state')?.textContent ?? '',
      size: 22,
      weight: 600,
      fill: colours.color,
    },
    { text: card.querySelector('.kpi-card__context')?.textContent ?? '', size: 12, weight: 400, fill: colours.muted },
    {
      text: card.querySelector('.status-badge')?.textContent?.replace(/^\W+/, '') ?? '',
      size: 11,
      weight: 600,
      fill: colours.color,
    },
    { text: card.querySelector('.provenance__trigger')?.textContent ?? '', size: 11, weight: 400, fill: colours.muted },
  ];
  const body = cards
    .map((card, i) =>
      lines(card)
        .filter((l) => l.text)
        .map(
          (l, j) =>
            `<text x="${i * width + 12}" y="${24 + j * 24}" font-size="${l.size}" font-weight="${l.weight}" fill="${escapeXml(l.fill)}">${escapeXml(wrap(l.text, 38)[0] ?? '')}</text>`,
        )
        .join(''),
    )
    .join('');
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${cards.length * width}" height="140">${body}</svg>`;
  // Parsed as XML, never as HTML: every text in it was escaped above.
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
}

/** A static PNG or SVG of one widget as it stands, with its title and sources, for documents. */
export async function exportWidget(format: 'png' | 'svg', input: WidgetExport): Promise<string> {
  const colours = pageColours();
  const svg =
    input.element.querySelector<SVGSVGElement>('svg.recharts-surface, svg.timeline-svg') ??
    kpiSvg(input.element, colours);
  const defs = ['status-derived', 'status-modelled']
    .map((id) => document.getElementById(id))
    .filter((e): e is HTMLElement => e !== null);
  const built = buildExportSvg({ svg, defs, ...input, ...colours, fontCss: await exportFontCss() });
  const fileName = `${input.fileBase}.${format}`;
  if (format === 'svg') download(built.svg, fileName, 'image/svg+xml');
  else download(await svgToPng(built.svg, built.width, built.height, 2), fileName, 'image/png');
  return fileName;
}
