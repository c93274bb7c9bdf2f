import { useEffect, useLayoutEffect, useRef } from 'react';
import { formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { EventKind } from '../../../lib/schemas';
import type { Mark } from '../utils/cluster';
import { KINDS, shapePath } from '../utils/kinds';
import { fromDay, type Range } from '../utils/time-scale';
import type { Tick } from '../utils/ticks';

export const LANE_HEIGHT = 34;
export const LABEL_WIDTH = 112;
const AXIS_HEIGHT = 26;
const EDGE = 8;

interface TimelineCanvasProps {
  width: number;
  lanes: Map<EventKind, Mark[]>;
  ticks: Tick[];
  selectedId: string | null;
  title: string;
  onZoom: (factor: number, anchor: number) => void;
  onPan: (fraction: number) => void;
  onFit: () => void;
  onSelect: (eventId: string) => void;
  onZoomTo: (range: Range) => void;
}

let drawn = false;

export function canvasHeight(laneCount: number) {
  return laneCount * LANE_HEIGHT + AXIS_HEIGHT + 8;
}

/**
 * The axis itself: one lane per kind, clustered marks, calendar ticks. It zooms with the wheel,
 * a pinch, or + and -, and pans by dragging or with the arrow keys.
 */
export function TimelineCanvas(props: TimelineCanvasProps) {
  const { width, lanes, ticks, selectedId, title, onZoom, onPan, onFit, onSelect, onZoomTo } = props;
  const t = useT();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const plotWidth = Math.max(width - LABEL_WIDTH, 10);
  const height = canvasHeight(KINDS.length);
  const handlers = useRef(props);
  useLayoutEffect(() => {
    handlers.current = props;
  });

  // The bench and the browser tests read this mark: the first time an axis is drawn with data.
  useEffect(() => {
    if (drawn) return;
    drawn = true;
    performance.mark('timeline:ready');
  }, []);

  // Wheel and touch handlers must be non-passive to keep the page from scrolling while zooming.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, number>();
    let lastX: number | null = null;
    let lastPinch: number | null = null;
    const anchorOf = (clientX: number) => (clientX - element.getBoundingClientRect().left - LABEL_WIDTH) / plotWidth;

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey) {
        handlers.current.onPan(event.deltaX / plotWidth);
        return;
      }
      handlers.current.onZoom(Math.exp(event.deltaY * (event.ctrlKey ? 0.01 : 0.0015)), anchorOf(event.clientX));
    };
    const onPointerDown = (event: PointerEvent) => {
      if ((event.target as Element).closest('[data-mark]')) return;
      pointers.set(event.pointerId, event.clientX);
      element.setPointerCapture?.(event.pointerId);
      lastX = event.clientX;
      lastPinch = null;
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        const distance = Math.abs(a - b);
        if (lastPinch !== null && distance > 0) handlers.current.onZoom(lastPinch / distance, anchorOf((a + b) / 2));
        lastPinch = distance;
        return;
      }
      if (lastX !== null) handlers.current.onPan(-(event.clientX - lastX) / plotWidth);
      lastX = event.clientX;
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      lastX = pointers.size === 1 ? [...pointers.values()][0] : null;
      lastPinch = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
    };
  }, [plotWidth]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      '+': () => onZoom(0.5, 0.5),
      '=': () => onZoom(0.5, 0.5),
      '-': () => onZoom(2, 0.5),
      _: () => onZoom(2, 0.5),
      ArrowLeft: () => onPan(-0.2),
      ArrowRight: () => onPan(0.2),
      '0': onFit,
      Home: onFit,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={ref}
      className="timeline-canvas"
      role="application"
      aria-roledescription={t('timeline.title')}
      aria-label={t('timeline.canvas')}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <svg width={width} height={height} className="timeline-svg" role="img" aria-label={title}>
        <title>{title}</title>
        <g transform={`translate(${LABEL_WIDTH},0)`}>
          {ticks.map((tick) => (
            <g key={tick.day} transform={`translate(${tick.x},0)`} className="timeline-tick">
              <line y1={0} y2={KINDS.length * LANE_HEIGHT} className="timeline-grid" />
              <text y={KINDS.length * LANE_HEIGHT + 18} textAnchor="middle" className="timeline-tick-label">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {KINDS.map((kind, laneIndex) => {
          const y = laneIndex * LANE_HEIGHT + LANE_HEIGHT / 2;
          return (
            <g key={kind} className={`timeline-lane kind-${kind}`} data-lane={kind}>
              <line x1={LABEL_WIDTH} x2={width} y1={y} y2={y} className="timeline-lane-line" />
              {/* Clipped to the plot, with room for a marker that sits on its very edge. */}
              <svg
                x={LABEL_WIDTH - EDGE}
                y={0}
                width={plotWidth + 2 * EDGE}
                height={KINDS.length * LANE_HEIGHT}
                overflow="hidden"
              >
                <g transform={`translate(${EDGE},0)`}>
                  {(lanes.get(kind) ?? []).map((mark) =>
                    mark.count > 1 ? (
                      <g
                        key={mark.key}
                        data-mark="cluster"
                        data-count={mark.count}
                        className="timeline-cluster"
                        transform={`translate(${mark.x},${y})`}
                        // Events on one day cannot be told apart by zooming: open the first, the list shows the rest.
                        onClick={() =>
                          mark.end - mark.start <= 1
                            ? onSelect(mark.first.event.id)
                            : onZoomTo({ start: mark.start - 1, end: mark.end + 1 })
                        }
                      >
                        <title>
                          {t('timeline.cluster', {
                            count: mark.count,
                            from: formatPartialDate({ precision: 'day', date: fromDay(mark.start) }, locale),
                            to: formatPartialDate({ precision: 'day', date: fromDay(mark.end - 1) }, locale),
                          })}
                        </title>
                        <circle r={Math.min(7 + Math.log10(mark.count) * 4, 15)} />
                        <text y={4} textAnchor="middle">
                          {mark.count > 999 ? `${Math.round(mark.count / 100) / 10}k` : mark.count}
                        </text>
                      </g>
                    ) : (
                      <g
                        key={mark.key}
                        data-mark="event"
                        data-event-id={mark.first.event.id}
                        className={`timeline-event${mark.first.event.id === selectedId ? ' is-selected' : ''}`}
                        onClick={() => onSelect(mark.first.event.id)}
                      >
                        <title>{`${formatPartialDate(mark.first.event.date, locale)}: ${mark.first.event.title}`}</title>
                        {mark.first.event.date.precision === 'month' && (
                          <rect
                            x={mark.x}
                            y={y - 6}
                            width={Math.max(mark.x1 - mark.x, 2)}
                            height={12}
                            rx={3}
                            className="timeline-month"
                          />
                        )}
                        <path
                          d={shapePath(kind, 7)}
                          transform={`translate(${mark.first.event.date.precision === 'month' ? mark.x + 1 : mark.x},${y})`}
                          className="timeline-marker"
                        />
                      </g>
                    ),
                  )}
                </g>
              </svg>
              {/* After the marks, with a halo: a cluster at the very start of the range must not hide the name. */}
              <text x={8} y={y + 4} className="timeline-lane-label">
                {t(`kind.${kind}`)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
