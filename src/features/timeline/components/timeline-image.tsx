import { renderToStaticMarkup } from 'react-dom/server';
import { frameExport, type LegendItem } from '../../export/export-frame';
import type { ExportImage } from '../../export/export-view';
import { escapeXml } from '../../export/svg-export';
import { formatDay, formatMoment } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { sourceEntries } from '../../../lib/provenance';
import type { DealEvent, EventKind, Figure, Source, Status } from '../../../lib/schemas';
import { KINDS, shapePath } from '../utils/kinds';
import type { TimelineScene } from '../utils/scene';
import { resolvePalette, TimelineSvg, type TimelinePalette } from './timeline-svg';

// The exported picture of a timeline view: the scene the screen drew, drawn again by the same
// component with the page's colours resolved, in a frame that names the view, its legends, its
// sources and its permalink, so the file reads on its own in a report. Loaded with the exporter.

export interface TimelineImageInput {
  scene: TimelineScene;
  locale: Locale;
  title: string;
  /** The range and the count of events, as the screen says it. */
  subtitle: string;
  kinds: readonly EventKind[];
  allKinds: boolean;
  asOf: string | null;
  events: DealEvent[];
  figures: Figure[];
  sources: Source[];
  permalink: string;
  /** When the file is made: its frame says so. */
  now: Date;
}

const STATUSES: Status[] = ['reported', 'derived', 'modelled'];

function statusSwatch(status: Status, colour: string): string {
  const c = escapeXml(colour);
  if (status === 'reported') return `<rect width="16" height="12" rx="2" fill="${c}"/>`;
  if (status === 'derived')
    return `<rect x="0.5" y="0.5" width="15" height="11" rx="2" fill="none" stroke="${c}"/><path d="M0,12L12,0M4,12L16,0M-4,8L4,0M8,12L16,4" stroke="${c}" stroke-width="1.5"/>`;
  return `<rect x="1" y="1" width="14" height="10" rx="2" fill="none" stroke="${c}" stroke-width="2" stroke-dasharray="2 2"/>`;
}

function kindSwatch(kind: EventKind, palette: TimelinePalette): string {
  return `<path d="${shapePath(kind, 6)}" transform="translate(8,6)" fill="${escapeXml(palette.kinds[kind])}"/>`;
}

/** The view as an SVG file's text, and its size: the PNG is the same drawing at 2x. */
export function timelineImage(input: TimelineImageInput, fontCss: string): ExportImage {
  const { scene, locale, events } = input;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const palette = resolvePalette();
  const page = getComputedStyle(document.documentElement);
  const statusColour = (s: Status) => page.getPropertyValue(`--${s}`).trim() || palette.text;

  const body = renderToStaticMarkup(
    <TimelineSvg scene={scene} palette={palette} title={`${input.title}. ${input.subtitle}`} />,
  );
  const referenced = new Set(events.flatMap((e) => e.figureIds));
  const figures = input.figures.filter((f) => referenced.has(f.id));
  // Events are reported by their sources; their figures may also be derived or modelled.
  const statuses = STATUSES.filter((s) => s === 'reported' || figures.some((f) => f.status === s));
  const kindItems: LegendItem[] = KINDS.filter((k) => input.kinds.includes(k)).map((k) => ({
    label: t(`kind.${k}`),
    swatch: kindSwatch(k, palette),
  }));
  const statusItems: LegendItem[] = statuses.map((s) => ({
    label: `${t(`status.${s}`)}: ${t(`status.${s}.help`)}`,
    swatch: statusSwatch(s, statusColour(s)),
  }));

  const lines = [input.subtitle];
  if (!input.allKinds)
    lines.push(t('export.kindsShown', { kinds: input.kinds.map((k) => t(`kind.${k}`)).join(', ') || '–' }));
  if (input.asOf) lines.push(t('asof.active', { date: formatDay(input.asOf, locale) }));

  const notes: string[] = [];
  if (scene.marks.some((m) => m.month)) notes.push(t('export.monthBand'));
  if (scene.hidden > 0) notes.push(t('export.hiddenTitles', { count: scene.hidden }));

  return frameExport({
    width: scene.width,
    title: input.title,
    lines,
    body: { svg: body, height: scene.height },
    legends: [
      { heading: t('timeline.kinds'), items: kindItems },
      { heading: t('export.statusLegend'), items: statusItems },
    ],
    notes,
    sources: sourceEntries(
      [...events.flatMap((e) => e.sources), ...figures.flatMap((f) => f.sources)],
      input.sources,
      locale,
      input.asOf,
    ),
    permalink: input.permalink,
    madeOn: t('export.madeOn', { when: formatMoment(input.now, locale) }),
    palette: { background: palette.surface, text: palette.text, muted: palette.muted, rule: palette.grid },
    fontCss,
    labels: { sources: t('widgetImage.sources'), viewOnline: t('widgetImage.viewOnline') },
  });
}
