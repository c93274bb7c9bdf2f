// The screen draws with the same two faces of Inter that an export embeds, so both set text alike.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { EventKind } from '../../../lib/schemas';
import { shapePath } from '../utils/kinds';
import { LABEL_FONT_SIZE, LANE_NAME_SIZE, type SceneMark, type TimelineScene } from '../utils/scene';

/** The colours a scene is drawn with: CSS variables on screen, resolved colours in an export. */
export interface TimelinePalette {
  surface: string;
  text: string;
  muted: string;
  grid: string;
  focus: string;
  kinds: Record<EventKind, string>;
}

export const SCREEN_PALETTE: TimelinePalette = {
  surface: 'var(--surface)',
  text: 'var(--text)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
  focus: 'var(--focus)',
  kinds: {
    rumour: 'var(--kind-rumour)',
    denial: 'var(--kind-denial)',
    results: 'var(--kind-results)',
    announcement: 'var(--kind-announcement)',
    filing: 'var(--kind-filing)',
    market: 'var(--kind-market)',
  },
};

/** The palette's CSS variables as the page resolves them now (theme included), for a file. */
export function resolvePalette(element: Element = document.documentElement): TimelinePalette {
  const style = getComputedStyle(element);
  const read = (value: string, fallback: string) => {
    const name = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
    return (name && style.getPropertyValue(name).trim()) || fallback;
  };
  const kinds = Object.fromEntries(
    Object.entries(SCREEN_PALETTE.kinds).map(([k, v]) => [k, read(v, '#555555')]),
  ) as Record<EventKind, string>;
  return {
    surface: read(SCREEN_PALETTE.surface, '#ffffff'),
    text: read(SCREEN_PALETTE.text, '#1a1f2b'),
    muted: read(SCREEN_PALETTE.muted, '#4a5363'),
    grid: read(SCREEN_PALETTE.grid, '#c9cfd8'),
    focus: read(SCREEN_PALETTE.focus, '#1d4ed8'),
    kinds,
  };
}

/** What the screen adds to the picture: selecting marks and labels, by pointer and keyboard. */
export interface TimelineSvgInteraction {
  onActivate: (mark: SceneMark, element: SVGGElement) => void;
  onSelectEvent: (eventId: string) => void;
  /** A mark's accessible name and tooltip. */
  describe: (mark: SceneMark) => string;
}

interface TimelineSvgProps {
  scene: TimelineScene;
  palette: TimelinePalette;
  title: string;
  interaction?: TimelineSvgInteraction;
}

// Text sits on a plate of the background colour: lines and marks under a title never cut through
// it. A plate rather than a stroked halo, because a halo needs paint-order, which a copy of the
// styles once lost (the halo then covered the letters) and which PDF printing ignores.
function Plate({
  x,
  y,
  width,
  size,
  palette,
}: {
  x: number;
  y: number;
  width: number;
  size: number;
  palette: TimelinePalette;
}) {
  return (
    <rect
      x={x - 2}
      y={y - size * 0.8}
      width={width + 4}
      height={size * 1.15}
      rx={2}
      style={{ fill: palette.surface }}
      aria-hidden="true"
    />
  );
}

/**
 * Draws a timeline scene: lanes, calendar ticks, marks, the titles beside them and the lane names.
 * Every colour and text style is set here from the palette, so the screen and an exported file are
 * the same drawing.
 */
export function TimelineSvg({ scene, palette, title, interaction }: TimelineSvgProps) {
  const { plotX, plotWidth, lanesHeight } = scene;
  const EDGE = 16;
  const font = { fontFamily: "Inter, 'DejaVu Sans', Arial, sans-serif" };

  const activate = (mark: SceneMark) => (event: MouseEvent<SVGGElement>) =>
    interaction?.onActivate(mark, event.currentTarget);
  const onKey = (mark: SceneMark) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    interaction?.onActivate(mark, event.currentTarget);
  };

  return (
    <svg
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      className="timeline-svg"
      role={interaction ? 'group' : 'img'}
      aria-label={title}
      style={font}
    >
      <title>{title}</title>
      <g transform={`translate(${plotX},0)`}>
        {scene.ticks.map((tick) => (
          <g key={tick.day} transform={`translate(${tick.x},0)`} data-tick={tick.day}>
            <line y1={0} y2={lanesHeight} style={{ stroke: palette.grid, strokeDasharray: '2 3' }} />
            <text y={lanesHeight + 18} textAnchor={tick.anchor} style={{ fill: palette.muted, fontSize: 12 }}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {scene.lanes.map((lane) => (
        <line
          key={lane.kind}
          x1={plotX}
          x2={scene.width}
          y1={lane.y}
          y2={lane.y}
          style={{ stroke: palette.grid }}
          data-lane={lane.kind}
        />
      ))}
      {/* Clipped to the plot, with room for a mark that sits on its very edge. */}
      <svg x={plotX - EDGE} y={0} width={plotWidth + 2 * EDGE} height={lanesHeight} overflow="hidden">
        <g transform={`translate(${EDGE},0)`}>
          {scene.marks.map((mark) => {
            const colour = palette.kinds[mark.kind];
            const name = interaction?.describe(mark);
            return (
              <g
                key={mark.key}
                data-mark={mark.count > 1 ? 'cluster' : 'event'}
                data-count={mark.count}
                data-event-id={mark.count === 1 ? mark.event.id : undefined}
                data-kind={mark.kind}
                className={interaction ? `timeline-mark${mark.selected ? ' is-selected' : ''}` : undefined}
                {...(interaction
                  ? {
                      role: 'button',
                      tabIndex: 0,
                      'aria-label': name,
                      'aria-pressed': mark.count === 1 ? mark.selected : undefined,
                      onClick: activate(mark),
                      onKeyDown: onKey(mark),
                    }
                  : {})}
              >
                {/* A cluster's tooltip says what selecting it does; an event's title is on the axis. */}
                {name && mark.count > 1 && <title>{name}</title>}
                {mark.count > 1 ? (
                  <g transform={`translate(${mark.x},${mark.y})`}>
                    <circle
                      r={mark.radius}
                      style={{ fill: palette.surface, stroke: colour, strokeWidth: mark.selected ? 3 : 2 }}
                    />
                    <text y={4} textAnchor="middle" style={{ fill: palette.text, fontSize: 10, fontWeight: 700 }}>
                      {mark.count > 999 ? `${Math.round(mark.count / 100) / 10}k` : mark.count}
                    </text>
                  </g>
                ) : (
                  <>
                    {mark.month && (
                      <rect
                        data-month=""
                        x={mark.x}
                        y={mark.y - 6}
                        width={Math.max(mark.x1 - mark.x, 2)}
                        height={12}
                        rx={3}
                        style={{ fill: colour, fillOpacity: 0.18, stroke: colour, strokeDasharray: '3 2' }}
                      />
                    )}
                    <path
                      d={shapePath(mark.kind, mark.radius)}
                      transform={`translate(${mark.month ? mark.x + 1 : mark.x},${mark.y})`}
                      style={{
                        fill: colour,
                        stroke: mark.selected ? palette.text : palette.surface,
                        strokeWidth: mark.selected ? 2 : 1,
                        paintOrder: 'stroke',
                      }}
                    />
                  </>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <g transform={`translate(${plotX},0)`}>
        {scene.labels.map((label) => (
          <g key={label.key}>
            <Plate x={label.x} y={label.y} width={label.width} size={LABEL_FONT_SIZE} palette={palette} />
            <text
              x={label.x}
              y={label.y}
              data-label={label.eventId}
              className={interaction ? 'timeline-title' : undefined}
              onClick={interaction ? () => interaction.onSelectEvent(label.eventId) : undefined}
              style={{
                fill: palette.text,
                fontSize: LABEL_FONT_SIZE,
                fontWeight: 400,
                textDecoration: label.selected ? 'underline' : undefined,
              }}
            >
              {label.truncated && <title>{label.full}</title>}
              {label.text}
            </text>
          </g>
        ))}
      </g>
      {/* Last, on plates: a mark at the very start of the range must not hide the lane's name. */}
      {scene.lanes.map((lane) => (
        <g key={lane.kind}>
          <Plate x={8} y={lane.y + 4} width={lane.nameWidth} size={LANE_NAME_SIZE} palette={palette} />
          <text
            x={8}
            y={lane.y + 4}
            data-lane-name={lane.kind}
            style={{ fill: palette.text, fontSize: LANE_NAME_SIZE, fontWeight: 600 }}
          >
            {lane.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
