import type { DealEvent, Figure, Source } from '../../lib/schemas';
import { translate, type Locale } from '../../lib/i18n';
import { formatMoment } from '../../lib/format';
import { eventsToCsv } from './csv';
import { timelineFileName, type ExportExtension } from './file-name';
import { exportFontCss } from './fonts';
import { eventsToIcs } from './ics';
import { eventsToJson } from './json';
import { download, svgToPng } from './svg-export';

export interface ExportContext {
  dealId: string;
  dealName: string;
  /** The visible range, inclusive days, and the filters that made the view. */
  from: string;
  to: string;
  /** The kinds shown, and whether that is all of them (the default, left out of file names). */
  kinds: string[];
  allKinds: boolean;
  asOf: string | null;
  events: DealEvent[];
  /** The deal's figures, for the events that refer to them. */
  figures: Figure[];
  sources: Source[];
  locale: Locale;
  /** When the file is made: every file says so (see formatMoment). */
  now: Date;
}

/** An image of the view, drawn by the caller from its own model. */
export interface ExportImage {
  svg: string;
  width: number;
  height: number;
}

const TYPES: Record<ExportExtension, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

export function exportFileName(format: ExportExtension, context: ExportContext): string {
  const { dealId, from, to, asOf, kinds, allKinds } = context;
  return timelineFileName(dealId, from, to, format, { asOf, kinds: allKinds ? null : kinds });
}

/**
 * Writes exactly the current view (range, kinds, as-of) in the chosen format and downloads it.
 * PNG and SVG need the picture (`image`), which the timeline draws from the same scene as the screen.
 */
export async function exportView(
  format: ExportExtension,
  context: ExportContext,
  image?: (fontCss: string) => ExportImage | Promise<ExportImage>,
): Promise<string> {
  const fileName = exportFileName(format, context);
  const { dealId, dealName, from, to, kinds, asOf, events, figures, sources, now } = context;
  const when = formatMoment(now, context.locale);
  const madeOn = translate(context.locale, 'export.madeOn', { when });
  if (format === 'csv') download(eventsToCsv(events, sources, context.locale, when), fileName, TYPES.csv);
  if (format === 'json') {
    download(
      eventsToJson({
        dealId,
        dealName,
        language: context.locale,
        range: { from, to },
        kinds,
        asOf,
        events,
        figures,
        sources,
        now,
      }),
      fileName,
      TYPES.json,
    );
  }
  if (format === 'ics')
    download(
      eventsToIcs({ dealId, dealName, events, sources, now, madeOn, locale: context.locale }),
      fileName,
      TYPES.ics,
    );
  if (format === 'svg' || format === 'png') {
    if (!image) throw new Error('There is no picture of this view to export.');
    const built = await image(await exportFontCss());
    if (format === 'svg') download(built.svg, fileName, TYPES.svg);
    else download(await svgToPng(built.svg, built.width, built.height, 2), fileName, TYPES.png);
  }
  return fileName;
}

/** Starts fetching what an export needs, so that it works later even without a network. */
export async function prepareExport(): Promise<void> {
  await exportFontCss();
}
