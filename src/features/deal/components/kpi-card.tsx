import { useId, type ReactNode } from 'react';
import { FootnoteMarks } from '../../../components/footnotes';
import { StatusBadge } from '../../../components/status-badge';
import { formatFigure } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import type { Figure, Source } from '../../../lib/schemas';
import { ProvenancePopover, ProvenancePrint } from '../../../components/provenance-popover';

interface KpiCardProps {
  label: string;
  /** Absent while loading or after a failure: `children` then say which. */
  figure?: Figure;
  sources?: Source[];
  context?: string;
  children?: ReactNode;
}

// One component for every state, so the card keeps its place (and focus) as its data arrives.
export function KpiCard({ label, figure, sources = [], context, children }: KpiCardProps) {
  const locale = useLocale();
  const titleId = useId();
  return (
    <article
      className={`kpi-card kpi-card--${figure?.status ?? 'placeholder'}`}
      aria-labelledby={titleId}
      data-figure={figure?.id}
    >
      <h3 id={titleId} className="kpi-card__label">
        {label}
      </h3>
      {figure && (
        <>
          <p className="kpi-card__value" elementtiming="key-figure">
            {formatFigure(figure, locale)}
          </p>
          {context && <p className="kpi-card__context">{context}</p>}
          <p className="kpi-card__status">
            <StatusBadge status={figure.status} />
            <FootnoteMarks citations={figure.sources} />
          </p>
          <ProvenancePrint figure={figure} />
          <ProvenancePopover figure={figure} sources={sources} name={label} />
        </>
      )}
      {children}
    </article>
  );
}
