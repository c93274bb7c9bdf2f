import type { EventKind } from '../../../lib/schemas';
import { shapePath } from '../utils/kinds';

export function KindGlyph({ kind }: { kind: EventKind }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="-7 -7 14 14"
      aria-hidden="true"
      focusable="false"
      className={`kind-glyph kind-${kind}`}
    >
      <path d={shapePath(kind, 6)} className="timeline-marker" />
    </svg>
  );
}
