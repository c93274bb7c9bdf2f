import { useEffect, useRef } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import { dealFigures } from '../../../lib/figures';
import { formatFigure, formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { citationDetail } from '../../../lib/provenance';
import type { Deal, DealEvent, Figure } from '../../../lib/schemas';
import { KindGlyph } from './kind-glyph';

interface EventDetailProps {
  deal: Deal;
  event: DealEvent | null;
  /** Figures from other endpoints (metric series) that events may name. */
  extraFigures?: Figure[];
  onClose: () => void;
}

/** One event in full: what happened, the article's own German words, and where it comes from. */
export function EventDetail({ deal, event, extraFigures = [], onClose }: EventDetailProps) {
  const t = useT();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to a newly chosen event (not to one the address opened the page with).
  const shown = useRef(event?.id ?? null);
  useEffect(() => {
    if (event && event.id !== shown.current) headingRef.current?.focus();
    shown.current = event?.id ?? null;
  }, [event]);

  if (!event) {
    return (
      <section className="timeline-detail timeline-detail--empty" aria-label={t('timeline.detail')}>
        <p>{t('timeline.detailEmpty')}</p>
      </section>
    );
  }
  const figures = [...dealFigures(deal), ...extraFigures].filter((f) => event.figureIds.includes(f.id));
  return (
    <section className="timeline-detail" aria-labelledby="timeline-detail-title" data-event-id={event.id}>
      <p className="timeline-detail__meta">
        <KindGlyph kind={event.kind} /> {t(`kind.${event.kind}`)} ·{' '}
        <time dateTime={event.date.date}>{formatPartialDate(event.date, locale)}</time>
        {event.date.precision === 'month' && <> ({t('timeline.monthOnly')})</>} · <StatusBadge status="reported" />
      </p>
      <h3 id="timeline-detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h3>
      <h4>{t('timeline.summary')}</h4>
      <p>{event.summary}</p>
      {event.original && (
        <>
          <h4>{t('timeline.original')}</h4>
          <blockquote lang="de" className="provenance__original">
            {event.original}
          </blockquote>
        </>
      )}
      {figures.length > 0 && (
        <>
          <h4>{t('timeline.figures')}</h4>
          <ul className="timeline-detail__figures">
            {figures.map((f) => (
              <li key={f.id}>
                {f.label}: <strong>{formatFigure(f, locale)}</strong> <StatusBadge status={f.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('timeline.sources')}</h4>
      <ul className="timeline-detail__sources">
        {event.sources.map((c, i) => (
          <li key={`${c.sourceId}-${i}`}>{citationDetail(c, deal.sources, locale)}</li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onClose}>
        {t('timeline.close')}
      </button>
    </section>
  );
}
