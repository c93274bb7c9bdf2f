import { useRef } from 'react';
import { useT } from '../../../lib/i18n';
import type { IndexedEvent } from '../utils/event-index';
import { dayToX, span, xToDay, type Range } from '../utils/time-scale';
import { LABEL_WIDTH, PLOT_END_PAD } from '../utils/scene';

const HEIGHT = 36;
const BINS = 120;

/** How many events fall in each of `bins` equal slices of the bounds: the overview's histogram. */
export function density(events: IndexedEvent[], bounds: Range, bins = BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = span(bounds);
  for (const e of events) {
    const bin = Math.floor(((e.start - bounds.start) / width) * bins);
    if (bin >= 0 && bin < bins) counts[bin] += 1;
  }
  return counts;
}

interface OverviewStripProps {
  width: number;
  bounds: Range;
  range: Range;
  counts: number[];
  onChange: (range: Range) => void;
}

/**
 * The whole time span in miniature with a brush for the visible window: drag the window to move
 * it, drag an edge to resize it, or press elsewhere to centre the window there.
 */
export function OverviewStrip({ width, bounds, range, counts, onChange }: OverviewStripProps) {
  const t = useT();
  const drag = useRef<{ mode: 'move' | 'start' | 'end'; x: number; range: Range } | null>(null);
  const plot = Math.max(width - LABEL_WIDTH - PLOT_END_PAD, 10);
  const x0 = dayToX(range.start, bounds, plot);
  const x1 = dayToX(range.end, bounds, plot);
  const max = Math.max(...counts, 1);
  const binWidth = plot / counts.length;

  const localX = (event: React.PointerEvent) =>
    event.clientX - (event.currentTarget as Element).getBoundingClientRect().left - LABEL_WIDTH;

  const onPointerDown = (event: React.PointerEvent<SVGSVGElement>) => {
    const x = localX(event);
    const mode = Math.abs(x - x0) < 8 ? 'start' : Math.abs(x - x1) < 8 ? 'end' : x > x0 && x < x1 ? 'move' : null;
    if (!mode) {
      const centre = xToDay(x, bounds, plot);
      onChange({ start: centre - span(range) / 2, end: centre + span(range) / 2 });
      return;
    }
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { mode, x, range };
  };
  const onPointerMove = (event: React.PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const delta = ((localX(event) - current.x) / plot) * span(bounds);
    const { start, end } = current.range;
    if (current.mode === 'move') onChange({ start: start + delta, end: end + delta });
    if (current.mode === 'start') onChange({ start: Math.min(start + delta, end - 7), end });
    if (current.mode === 'end') onChange({ start, end: Math.max(end + delta, start + 7) });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <svg
      width={width}
      height={HEIGHT}
      className="timeline-overview"
      role="img"
      aria-label={t('timeline.overview')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <g transform={`translate(${LABEL_WIDTH},0)`}>
        <rect width={plot} height={HEIGHT} className="timeline-overview-bg" />
        {counts.map((count, i) =>
          count ? (
            <rect
              key={i}
              x={i * binWidth}
              width={Math.max(binWidth - 0.5, 0.5)}
              y={HEIGHT - 4 - (count / max) * (HEIGHT - 8)}
              height={(count / max) * (HEIGHT - 8)}
              className="timeline-overview-bar"
            />
          ) : null,
        )}
        <rect x={x0} width={Math.max(x1 - x0, 2)} height={HEIGHT} className="timeline-brush" data-brush="" />
        <rect x={x0 - 2} width={4} height={HEIGHT} className="timeline-brush-handle" />
        <rect x={x1 - 2} width={4} height={HEIGHT} className="timeline-brush-handle" />
      </g>
    </svg>
  );
}
