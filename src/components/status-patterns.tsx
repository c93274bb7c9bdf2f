import type { Status } from '../lib/schemas';

// Fills that tell the statuses apart by texture as well as colour: reported solid, derived
// hatched, modelled dotted. Defined once per page; every chart refers to them by id. Their colours are
// attributes in the theme's variables, as the charts' are: a static image takes them with the
// variables' colours written in (lib/palette.ts).
export const STATUS_FILL: Record<Status, string> = {
  reported: 'var(--reported)',
  derived: 'url(#status-derived)',
  modelled: 'url(#status-modelled)',
};

export function StatusPatternDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id="status-derived" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--derived-bg)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--derived)" strokeWidth={3} />
        </pattern>
        <pattern id="status-modelled" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="var(--modelled-bg)" />
          <circle cx="3" cy="3" r="1.6" fill="var(--modelled)" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * What a legend entry stands for on the chart: a filled shape (bar, area), a solid line (a
 * reference line) or a dashed line (a running sum): its swatch draws the same mark.
 */
export type LegendMark = 'fill' | 'line' | 'dashed-line';

/** The dash of a chart's dashed line, and of its swatch: the one definition for both. */
export const LINE_DASH = '6 3';

/** A small sample of a status fill, or of a line, for legends. */
export function StatusSwatch({ status, mark = 'fill' }: { status: Status; mark?: LegendMark }) {
  const stroke = `var(--${status})`;
  if (mark !== 'fill')
    return (
      <svg className="swatch" width="18" height="12" aria-hidden="true" focusable="false">
        <line
          x1="0"
          y1="6"
          x2="18"
          y2="6"
          style={{ stroke, strokeWidth: 2, strokeDasharray: mark === 'dashed-line' ? LINE_DASH : undefined }}
        />
      </svg>
    );
  return (
    <svg className="swatch" width="18" height="12" aria-hidden="true" focusable="false">
      <rect
        x="0.75"
        y="0.75"
        width="16.5"
        height="10.5"
        style={{
          fill: STATUS_FILL[status],
          stroke,
          strokeWidth: 1.5,
          strokeDasharray: status === 'reported' ? undefined : status === 'derived' ? '3 2' : '1 2',
        }}
      />
    </svg>
  );
}
