import { Text } from 'recharts';

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
      >
        {String(payload?.value ?? '')}
      </Text>
    );
  };
}

/**
 * Axis tick labels in the theme's muted text colour. Recharts writes its default grey (#666, too
 * faint on the dark theme) as an inline style, which the stylesheet cannot override.
 */
export const AXIS_TICK = { fill: 'var(--muted)' };
