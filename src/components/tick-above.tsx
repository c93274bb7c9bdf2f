import { Text } from 'recharts';

/*
 * Recharts wraps a label to its width by measuring words in one hidden span, whose inline style keeps
 * what the last measured text set (an axis leaves 13 px there), and caches each width for the visit:
 * a label without a font of its own is measured in another's, and after a switch of language or
 * currency its new words no longer wrap. So every label that may wrap says the font it is drawn in.
 */
/** Value labels on bars, and a reference line's short name: small and bold. */
export const LABEL_FONT = { fontSize: '0.8125rem', fontWeight: 600 } as const;
/** Labels in the card's own font: categories above their bars, a reference line's name. */
export const CARD_FONT = { fontSize: 'inherit', fontWeight: 'normal' } as const;

interface TickProps {
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category label drawn above its bar, across the chart's width, instead of beside it: the
 * bars keep the whole width, and long labels wrap instead of being cut at 320 px.
 */
export function tickAbove(width: number, barSize: number) {
  // The axis is collapsed to the chart's left edge; labels start there, not at its tick mark.
  return function TickAbove({ y = 0, payload }: TickProps) {
    return (
      <Text
        x={4}
        y={Number(y) - barSize / 2 - 4}
        width={width}
        textAnchor="start"
        verticalAnchor="end"
        className="tick-above"
        fill="var(--text)"
        style={CARD_FONT}
      >
        {String(payload?.value ?? '')}
      </Text>
    );
  };
}

/*
 * A chart's look is written on its drawing, in the theme's variables, not left to the stylesheet: a
 * static image is the same SVG with the variables' colours written in (lib/palette.ts).
 */
/** Axis tick labels: small, in the theme's muted text colour (Recharts' default grey is too faint on dark). */
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 13 };
/** An axis's line and its tick marks, in the colour of the card's rules (Recharts' default is #666). */
export const AXIS_LINE = { stroke: 'var(--border)' };
