import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Measured } from '../../../components/measured';
import { formatDay, formatDecimal } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { sourcesLine } from '../../../lib/provenance';
import type { Deal, EventKind, Figure } from '../../../lib/schemas';
import { clusterByKind } from '../utils/cluster';
import { eventsInRange, extentOf, filterEvents, indexEvents } from '../utils/event-index';
import { KINDS } from '../utils/kinds';
import { axisTicks } from '../utils/ticks';
import { clampRange, fitRange, fromDay, panRange, toDay, zoomRange, type Range } from '../utils/time-scale';
import type { TimelineView } from '../utils/view-state';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { ExportMenu } from './export-menu';
import { density, OverviewStrip } from './overview-strip';
import { canvasHeight, LABEL_WIDTH, TimelineCanvas } from './timeline-canvas';
import { KindGlyph } from './kind-glyph';
import { TimelinePrint } from './timeline-print';
import { usePrinting } from '../../../lib/printing';

// Marks at least 20 px apart: at 1,000 px a lane holds at most 50 of them, whatever the event count.
const CLUSTER_GAP = 20;
const FALLBACK: Range = { start: toDay('2000-01-01'), end: toDay('2000-02-01') };

interface TimelineProps {
  deal: Deal;
  asOf: string | null;
  view: TimelineView;
  onViewChange: (view: TimelineView) => void;
  extraFigures?: Figure[];
  compact?: boolean;
  actions?: ReactNode;
  /** 2 where the page's h1 is the nearest heading (the timeline page, an embed), 3 under an h2. */
  headingLevel?: 2 | 3;
}

function rangeOf(view: TimelineView, bounds: Range): Range {
  if (!view.from || !view.to) return bounds;
  return clampRange({ start: toDay(view.from), end: toDay(view.to) + 1 }, bounds);
}

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
  const bounds = useMemo(() => {
    const extent = extentOf(indexed);
    return extent ? fitRange(extent) : FALLBACK;
  }, [indexed]);
  const filtered = useMemo(() => filterEvents(indexed, view.kinds, asOf), [indexed, view.kinds, asOf]);
  const counts = useMemo(() => density(filtered, bounds), [filtered, bounds]);

  // The range moves at pointer speed in local state; the address follows once the motion rests.
  const [range, setRange] = useState(() => rangeOf(view, bounds));
  const dirty = useRef(false);
  const [seenUrl, setSeenUrl] = useState(`${view.from}|${view.to}`);
  if (seenUrl !== `${view.from}|${view.to}`) {
    setSeenUrl(`${view.from}|${view.to}`);
    if (view.from !== fromDay(range.start) || view.to !== fromDay(range.end - 1)) setRange(rangeOf(view, bounds));
  }
  const viewRef = useRef({ view, onViewChange });
  useEffect(() => {
    viewRef.current = { view, onViewChange };
  });
  useEffect(() => {
    if (!dirty.current) return;
    const id = setTimeout(() => {
      const { view: current, onViewChange: write } = viewRef.current;
      const from = fromDay(range.start);
      const to = fromDay(range.end - 1);
      if (from !== current.from || to !== current.to) write({ ...current, from, to });
      dirty.current = false;
    }, 250);
    return () => clearTimeout(id);
  }, [range]);

  const change = (next: Range) => {
    dirty.current = true;
    setRange(clampRange(next, bounds));
  };
  const fitAll = () => {
    const extent = extentOf(filtered);
    change(extent ? fitRange(extent) : bounds);
  };

  const visible = useMemo(() => eventsInRange(filtered, range), [filtered, range]);
  const selected = view.event ? (filtered.find((e) => e.event.id === view.event)?.event ?? null) : null;
  const svgRef = useRef<HTMLDivElement>(null);

  const fromText = formatDay(fromDay(range.start), locale);
  const toText = formatDay(fromDay(range.end - 1), locale);
  const subtitle = t('timeline.showing', {
    from: fromText,
    to: toText,
    count: formatDecimal(visible.length, locale, 0),
    total: formatDecimal(indexed.length, locale, 0),
  });
  const title = `${deal.name}: ${t('timeline.title')}`;
  const kinds = view.kinds ?? KINDS;
  const printing = usePrinting();

  const toggleKind = (kind: EventKind) => {
    const next = kinds.includes(kind)
      ? kinds.filter((k) => k !== kind)
      : KINDS.filter((k) => k === kind || kinds.includes(k));
    onViewChange({ ...view, kinds: next.length === KINDS.length ? null : next });
  };

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
            onClick={() => change(zoomRange(range, 2, 0.5, bounds))}
            aria-label={t('timeline.zoomOut')}
          >
            −
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => change(zoomRange(range, 0.5, 0.5, bounds))}
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
        {actions}
        <ExportMenu
          svgHost={svgRef}
          context={() => ({
            dealId: deal.id,
            dealName: deal.name,
            from: fromDay(range.start),
            to: fromDay(range.end - 1),
            kinds: [...kinds],
            asOf,
            events: visible.map((e) => e.event),
            sources: deal.sources,
            locale,
            title,
            subtitle: asOf ? `${subtitle} · ${t('asof.active', { date: formatDay(asOf, locale) })}` : subtitle,
            caption: t('export.caption', {
              sources: sourcesLine(
                visible.flatMap((e) => e.event.sources),
                deal.sources,
                locale,
              ),
            }),
          })}
        />
      </div>
      <div ref={svgRef}>
        <Measured height={canvasHeight(KINDS.length)}>
          {(width) => (
            <TimelineCanvas
              width={width}
              lanes={clusterByKind(KINDS, visible, range, Math.max(width - LABEL_WIDTH, 10), CLUSTER_GAP)}
              ticks={axisTicks(range, Math.max(width - LABEL_WIDTH, 10), locale)}
              selectedId={selected?.id ?? null}
              title={`${title}. ${subtitle}`}
              onZoom={(factor, anchor) => change(zoomRange(range, factor, anchor, bounds))}
              onPan={(fraction) => change(panRange(range, fraction, bounds))}
              onFit={fitAll}
              onSelect={(id) => onViewChange({ ...view, event: id })}
              onZoomTo={(next) => change(next)}
            />
          )}
        </Measured>
      </div>
      <Measured height={36}>
        {(width) => <OverviewStrip width={width} bounds={bounds} range={range} counts={counts} onChange={change} />}
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
          onSelect={(id) => onViewChange({ ...view, event: id })}
          height={compact ? 256 : 384}
        />
        <EventDetail
          deal={deal}
          event={selected}
          extraFigures={extraFigures}
          headingLevel={headingLevel}
          onClose={() => onViewChange({ ...view, event: null })}
        />
      </div>
    </div>
  );
}
