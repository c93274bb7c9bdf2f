import { getNiceTickValues } from 'recharts';
import { textWidth } from '../../../lib/text-width';

// Room beside a plot, sized from the texts drawn there: "7,5 Mio. €" or "3,26 Mrd. US$" needs more
// than "€7.5m", and fixed widths cut the longer German and dollar labels off.

/** Axis ticks and value labels are set at 0.8125rem (styles.css), 13 px. */
const LABEL_FONT_PX = 13;
/** Recharts' tick line, and the gap between it and its label. */
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** How far Recharts sets a value label from the end of its bar. */
const LABEL_OFFSET = 5;
/** Air between a label and the drawing's edge. */
const AIR = 2;

/** The ticks of a value axis from 0 to `max`, as Recharts picks them by default (five). */
export function valueTicks(max: number, count = 5): number[] {
  return getNiceTickValues([0, max], count, true);
}

/** The width a Y axis needs for its longest tick label, its tick line and its gap. */
export function axisWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => textWidth(label, LABEL_FONT_PX)));
  return Math.ceil(longest) + TICK_SIZE + TICK_MARGIN + AIR;
}

/**
 * The room right of horizontal bars for their (semibold) value labels: the longest on one line, but
 * no more than `share` of the drawing's width, where a label wraps instead; never less than its
 * longest unbreakable piece (Recharts wraps at spaces, never at the no-break spaces of "3,26 Mrd. US$").
 */
export function labelRoom(labels: readonly string[], width: number, share = 0.4): number {
  const measure = (text: string) => textWidth(text, LABEL_FONT_PX, true);
  const whole = Math.max(0, ...labels.map(measure));
  const piece = Math.max(0, ...labels.flatMap((label) => label.split(/[ \t\n]+/).map(measure)));
  return Math.ceil(Math.max(piece, Math.min(whole, width * share))) + LABEL_OFFSET + AIR;
}
