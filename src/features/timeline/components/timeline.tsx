import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { WidgetExportContext, type WidgetExportInfo } from '../../../components/export-info';
import { Measured } from '../../../components/measured';
import { dealNamingAsOf, dealTitle } from '../../../lib/deal-name';
import { formatDay } from '../../../lib/format';
import { translate, useLocale, useT } from '../../../lib/i18n';
import { dealFigures } from '../../../lib/figures';
import type { HistoryMode } from '../../../lib/history-mode';
import type { Deal, EventKind, Figure } from '../../../lib/schemas';
import { axisBounds, eventsInRange, extentOf, filterEvents, indexEvents, publicEvents } from '../utils/event-index';
import { KINDS } from '../utils/kinds';
import { buildTimelineScene, sceneHeight } from '../utils/scene';
import { clampRange, fitRange, fromDay, panRange, toDay, zoomRange, type Range } from '../utils/time-scale';
import { eventNote, shownRange, windowNote, type TimelineView } from '../utils/view-state';
import { useReportAddressNote } from '../../../components/url-notice';
import { zoomStep } from '../utils/zoom';
import { timelinePermalink } from '../utils/permalink';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { ExportMenu, type TimelineExport } from './export-menu';
import { density, OverviewStrip } from './overview-strip';
import { HIDDEN_LINE, TimelineCanvas, type AxisActions } from './timeline-canvas';
import { KindGlyph } from './kind-glyph';
import { TimelinePrint } from './timeline-print';
import { usePrinting } from '../../../lib/printing';

/** The width a prerendered page draws the axis at; the SVG scales to the reader's until the client redraws it. */
const SERVER_WIDTH = 960;

const FALLBACK: Range = { start: toDay('2000-01-01'), end: toDay('2000-02-01') };

interface TimelineProps {
  deal: Deal;
  asOf: string | null;
  view: TimelineView;
  onViewChange: (view: TimelineView, how?: HistoryMode) => void;
  extraFigures?: Figure[];
  compact?: boolean;
  actions?: ReactNode;
  /** 2 where the page's h1 is the nearest heading (the timeline page, an embed), 3 under an h2. */
  headingLevel?: 2 | 3;
}

/** The timeline page's address for this view, with nothing from the page around it. */
// Half a range (only a start, or only an end) shows everything; the address is then rewritten.
const rangeOf = shownRange;

export function Timeline({
  deal,
  asOf,
  view,
  onViewChange,
  extraFigures,
  compact = false,
  actions,
  headingLevel = 2,
}: TimelineProps) {
  const t = useT();
  const locale = useLocale();
  const indexed = useMemo(() => indexEvents(deal.events), [deal.events]);
  // A past view shows the world as it was: its axis, overview and total hold only what was public.
  const published = useMemo(() => publicEvents(indexed, asOf), [indexed, asOf]);
  const bounds = useMemo(() => axisBounds(published, asOf) ?? FALLBACK, [published, asOf]);
  const filtered = useMemo(() => filterEvents(indexed, view.kinds, asOf), [indexed, view.kinds, asOf]);
  const counts = useMemo(() => density(filtered, bounds), [filtered, bounds]);

  // The range moves at pointer speed in local state; the address follows once it rests, so the
  // frame that shows a zoom never waits for the page to re-render for its new address. A step
  // (buttons, keys, a cluster, Fit all) lands as an entry of its own; a gesture (drag, wheel, pinch,
  // the overview's brush) as one entry however long it goes on.
  const [range, setRange] = useState(() => rangeOf(view, bounds));
  const pendingWrite = useRef<HistoryMode | null>(null);
  const [seenUrl, setSeenUrl] = useState(`${view.from}|${view.to}`);
  if (seenUrl !== `${view.from}|${view.to}`) {
    setSeenUrl(`${view.from}|${view.to}`);
    if (view.from !== fromDay(range.start) || view.to !== fromDay(range.end - 1)) setRange(rangeOf(view, bounds));
  }
  // Another as-of day moves the bounds: the range follows them, as it does the address.
  const [seenBounds, setSeenBounds] = useState(`${bounds.start}|${bounds.end}`);
  if (seenBounds !== `${bounds.start}|${bounds.end}`) {
    setSeenBounds(`${bounds.start}|${bounds.end}`);
    setRange(rangeOf(view, bounds));
  }
  const viewRef = useRef({ view, onViewChange });
  useEffect(() => {
    viewRef.current = { view, onViewChange };
  });
  useEffect(() => {
    if (!pendingWrite.current) return;
    const id = setTimeout(() => {
      const { view: current, onViewChange: write } = viewRef.current;
      const from = fromDay(range.start);
      const to = fromDay(range.end - 1);
      if (from !== current.from || to !== current.to) write({ ...current, from, to }, pendingWrite.current ?? 'push');
      pendingWrite.current = null;
    }, 250);
    return () => clearTimeout(id);
  }, [range]);

  // The address says exactly what is shown: a range the axis had to widen or move is written back,
  // and the page says what it moved and why (the reader's link asked for something else).
  const reportNote = useReportAddressNote();
  useEffect(() => {
    const note = windowNote(view, bounds, asOf);
    if (note) reportNote(note);
    const shown = rangeOf(view, bounds);
    const from = view.from || view.to ? fromDay(shown.start) : null;
    const to = view.from || view.to ? fromDay(shown.end - 1) : null;
    if (from !== view.from || to !== view.to) viewRef.current.onViewChange({ ...view, from, to }, 'replace');
  }, [view, bounds, asOf, reportNote]);
  // An event the address selects but the view does not have: no event is selected, and it is said.
  useEffect(() => {
    const note = eventNote(view.event, indexed, asOf);
    if (note) reportNote(note);
  }, [view.event, indexed, asOf, reportNote]);

  /** A gesture: one history entry for all of it, written when it rests. */
  const glide = (next: Range) => {
    if (pendingWrite.current !== 'push') pendingWrite.current = 'continuous';
    setRange(clampRange(next, bounds));
  };
  /** A step: an entry of its own, so Back undoes it. */
  const step = (next: Range) => {
    pendingWrite.current = 'push';
    setRange(clampRange(next, bounds));
  };
  const fitAll = () => {
    const extent = extentOf(filtered);
    step(extent ? fitRange(extent) : bounds);
  };
  const zoomBy = (factor: number) => step(zoomStep(range, factor, bounds, filtered, view.event));

  const visible = useMemo(() => eventsInRange(filtered, range), [filtered, range]);
  const selected = view.event ? (filtered.find((e) => e.event.id === view.event)?.event ?? null) : null;
  const axisRef = useRef<HTMLDivElement>(null);

  const fromText = formatDay(fromDay(range.start), locale);
  const toText = formatDay(fromDay(range.end - 1), locale);
  const subtitle = t('timeline.showing', {
    from: fromText,
    to: toText,
    count: visible.length,
    total: published.length,
  });
  // Named as on the as-of day, in the view and in every file made from it.
  const dealName = dealTitle(dealNamingAsOf(deal, asOf), asOf, t, locale);
  const title = `${dealName}: ${t('timeline.title')}`;
  const kinds = view.kinds ?? KINDS;
  const printing = usePrinting();

  const toggleKind = (kind: EventKind) => {
    const next = kinds.includes(kind)
      ? kinds.filter((k) => k !== kind)
      : KINDS.filter((k) => k === kind || kinds.includes(k));
    onViewChange({ ...view, kinds: next.length === KINDS.length ? null : next });
  };
  const select = (id: string | null) => onViewChange({ ...view, event: id });
  /** Everything an export of this view needs, read when the reader asks for it. */
  const exportContext = (): TimelineExport => ({
    dealId: deal.id,
    dealName,
    from: fromDay(range.start),
    to: fromDay(range.end - 1),
    kinds: [...kinds],
    allKinds: view.kinds === null,
    asOf,
    events: visible.map((e) => e.event),
    figures: [...dealFigures(deal), ...(extraFigures ?? [])],
    sources: deal.sources,
    locale,
    title,
    subtitle,
    permalink: timelinePermalink(
      window.location.origin,
      deal.id,
      { ...view, from: fromDay(range.start), to: fromDay(range.end - 1) },
      asOf,
      locale,
    ),
    now: new Date(),
    scene: buildTimelineScene({
      ...sceneInput,
      width: Math.floor(axisRef.current?.getBoundingClientRect().width ?? 0) || 800,
    }),
  });
  const widgetExport: WidgetExportInfo = {
    title,
    lines: [],
    legend: [],
    notes: [],
    sources: [],
    image: async (fontCss, permalink) => {
      const { timelineImage } = await import('./timeline-image');
      const context = exportContext();
      return timelineImage({ ...context, kinds: context.kinds as EventKind[], permalink }, fontCss);
    },
  };
  const laneNames = useMemo(
    () => Object.fromEntries(KINDS.map((k) => [k, translate(locale, `kind.${k}`)])) as Record<EventKind, string>,
    [locale],
  );
  const selectedId = selected?.id ?? null;
  /** What the picture of this view is made of, but its width: the screen draws it, and an export again. */
  const sceneInput = { events: visible, range, lanes: KINDS, laneNames, locale, selectedId };
  // The axis's handlers never change identity, so a render that changes nothing on the axis (the
  // address catching up with a zoom step) skips redrawing its hundreds of marks.
  const latest = useRef({ zoomBy, glide, step, fitAll, select, range, bounds });
  useLayoutEffect(() => {
    latest.current = { zoomBy, glide, step, fitAll, select, range, bounds };
  });
  const axisActions = useMemo<AxisActions>(
    () => ({
      onZoomStep: (factor) => latest.current.zoomBy(factor),
      onZoomAt: (factor, anchor) => {
        const { glide: move, range: r, bounds: b } = latest.current;
        move(zoomRange(r, factor, anchor, b));
      },
      onPan: (fraction, gesture) => {
        const { glide: move, step: jump, range: r, bounds: b } = latest.current;
        (gesture ? move : jump)(panRange(r, fraction, b));
      },
      onFit: () => latest.current.fitAll(),
      onSelect: (id) => latest.current.select(id),
      onZoomTo: (next) => latest.current.step(next),
    }),
    [],
  );

  return (
    <div className="timeline" data-ready="true" data-visible={visible.length} data-widget="timeline">
      <p className="timeline__subtitle" aria-live="polite">
        {subtitle}
      </p>
      <div className="timeline__toolbar">
        <div className="timeline__zoom" role="group" aria-label={t('timeline.title')}>
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomBy(2)}
            aria-label={t('timeline.zoomOut')}
          >
            −
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomBy(0.5)}
            aria-label={t('timeline.zoomIn')}
          >
            +
          </button>
          <button type="button" className="button button--small" onClick={fitAll}>
            {t('timeline.fitAll')}
          </button>
        </div>
        <fieldset className="timeline__kinds">
          <legend>{t('timeline.kinds')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className={`kind-toggle kind-${kind}`}>
              <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
              <KindGlyph kind={kind} /> {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        {/* The Embed dialog's static image of this widget is the export's: the same scene and frame. */}
        <WidgetExportContext.Provider value={widgetExport}>{actions}</WidgetExportContext.Provider>
        <ExportMenu context={exportContext} />
      </div>
      <div ref={axisRef}>
        <Measured height={sceneHeight(KINDS.length) + HIDDEN_LINE} serverWidth={SERVER_WIDTH}>
          {(width) => (
            <TimelineCanvas {...sceneInput} width={width} title={`${title}. ${subtitle}`} actions={axisActions} />
          )}
        </Measured>
      </div>
      {/* The strip (36 px) and its 4 px margin: the space it is drawn into is reserved whole. */}
      <Measured height={40}>
        {(width) => <OverviewStrip width={width} bounds={bounds} range={range} counts={counts} onChange={glide} />}
      </Measured>
      {printing && (
        <TimelinePrint
          events={visible}
          sources={deal.sources}
          title={`${title}. ${subtitle}`}
          headingLevel={headingLevel}
        />
      )}
      <div className={`timeline__body${compact ? ' timeline__body--compact' : ''}`}>
        <EventList
          events={visible}
          sources={deal.sources}
          selectedId={selected?.id ?? null}
          onSelect={select}
          height={compact ? 256 : 384}
        />
        <EventDetail
          deal={deal}
          event={selected}
          extraFigures={extraFigures}
          headingLevel={headingLevel}
          onClose={() => select(null)}
        />
      </div>
    </div>
  );
}
