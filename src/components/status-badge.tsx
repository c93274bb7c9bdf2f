import { useT } from '../lib/i18n';
import type { Status } from '../lib/schemas';

// Status is told apart by text, glyph and border style, never by colour alone.
const GLYPH: Record<Status, string> = { reported: '●', derived: '◆', modelled: '○' };

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} title={t(`status.${status}.help`)}>
      <span aria-hidden="true">{GLYPH[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
