import type { DealEvent, Source } from '../../lib/schemas';
import type { Locale } from '../../lib/i18n';
import { eventsToCsv } from './csv';
import { timelineFileName, type ExportExtension } from './file-name';
import { exportFontCss } from './fonts';
import { eventsToIcs } from './ics';
import { eventsToJson } from './json';
import { buildExportSvg, download, svgToPng } from './svg-export';

export interface ExportContext {
  dealId: string;
  dealName: string;
  /** The visible range, inclusive days, and the filters that made the view. */
  from: string;
  to: string;
  kinds: string[];
  asOf: string | null;
  events: DealEvent[];
  sources: Source[];
  locale: Locale;
  svg: SVGSVGElement | null;
  title: string;
  subtitle: string;
  caption: string;
}

const TYPES: Record<ExportExtension, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

/** Writes exactly the current view (range, kinds, as-of) in the chosen format and downloads it. */
export async function exportView(format: ExportExtension, context: ExportContext): Promise<string> {
  const fileName = timelineFileName(context.dealId, context.from, context.to, format);
  if (format === 'csv') download(eventsToCsv(context.events, context.sources, context.locale), fileName, TYPES.csv);
  if (format === 'json') {
    const { dealId, dealName, from, to, kinds, asOf, events, sources } = context;
    download(
      eventsToJson({ dealId, dealName, range: { from, to }, kinds, asOf, events, sources }),
      fileName,
      TYPES.json,
    );
  }
  if (format === 'ics') {
    const { dealId, dealName, events, sources } = context;
    download(eventsToIcs({ dealId, dealName, events, sources, now: new Date() }), fileName, TYPES.ics);
  }
  if (format === 'svg' || format === 'png') {
    if (!context.svg) throw new Error('The timeline is not drawn yet.');
    const page = getComputedStyle(document.documentElement);
    const built = buildExportSvg({
      svg: context.svg,
      title: context.title,
      subtitle: context.subtitle,
      caption: context.caption,
      fontCss: await exportFontCss(),
      background: page.getPropertyValue('--surface').trim() || '#ffffff',
      color: page.getPropertyValue('--text').trim() || '#000000',
      muted: page.getPropertyValue('--muted').trim() || '#444444',
    });
    if (format === 'svg') download(built.svg, fileName, TYPES.svg);
    else download(await svgToPng(built.svg, built.width, built.height, 2), fileName, TYPES.png);
  }
  return fileName;
}

/** Starts fetching what an export needs, so that it works later even without a network. */
export function prepareExport(): void {
  void exportFontCss();
}
