import { EventKindSchema, type EventKind } from '../../../lib/schemas';

/** Lanes top to bottom, in the order the story usually runs. */
export const KINDS: readonly EventKind[] = EventKindSchema.options;

/** Each kind has its own shape as well as its own colour, so print and colour-blind readers can tell them apart. */
export const KIND_SHAPE: Record<EventKind, 'diamond' | 'cross' | 'square' | 'circle' | 'triangle' | 'bar'> = {
  rumour: 'diamond',
  denial: 'cross',
  results: 'square',
  announcement: 'circle',
  filing: 'triangle',
  market: 'bar',
};

/** The SVG path of a kind's marker, centred on 0,0 with radius r. */
export function shapePath(kind: EventKind, r: number): string {
  switch (KIND_SHAPE[kind]) {
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'cross':
      return `M${-r},${-r + 2}L${-r + 2},${-r}L0,-2L${r - 2},${-r}L${r},${-r + 2}L2,0L${r},${r - 2}L${r - 2},${r}L0,2L${-r + 2},${r}L${-r},${r - 2}L-2,0Z`;
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.85}L${-r},${r * 0.85}Z`;
    case 'bar':
      return `M${-r * 0.45},${-r}h${r * 0.9}v${2 * r}h${-r * 0.9}Z`;
  }
}
