import { useEffect, useId, useRef } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import { dealFigures } from '../../../lib/figures';
import { formatFigure, formatPartialDate } from '../../../lib/format';
import { useLocale, useT, type Locale } from '../../../lib/i18n';
import { citationDetail } from '../../../lib/provenance';
import type { Deal, DealEvent, Figure } from '../../../lib/schemas';
import { KindGlyph } from './kind-glyph';

interface EventDetailProps {
  deal: Deal;
  event: DealEvent | null;
  /** Figures from other endpoints (metric series) that events may name. */
  extraFigures?: Figure[];
  onClose: () => void;
  /** The level of the event's title, one below the heading the timeline sits under. */
  headingLevel?: 2 | 3;
}

/** True when none of the event's sources is in the reader's language: its summary is translated. */
function isTranslation(event: DealEvent, deal: Deal, locale: Locale): boolean {
  const languages = event.sources.map((c) => deal.sources.find((s) => s.id === c.sourceId)?.language);
  return languages.length > 0 && !languages.includes(locale);
}

/** One event in full: what happened, the article's own German words, and where it comes from. */
export function EventDetail({ deal, event, extraFigures = [], onClose, headingLevel = 2 }: EventDetailProps) {
  const t = useT();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Part = headingLevel === 2 ? 'h3' : 'h4';
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
    <section className="timeline-detail" aria-labelledby={titleId} data-event-id={event.id}>
      <p className="timeline-detail__meta">
        <KindGlyph kind={event.kind} /> {t(`kind.${event.kind}`)} ·{' '}
        <time dateTime={event.date.date}>{formatPartialDate(event.date, locale)}</time>
        {event.date.precision === 'month' && <> ({t('timeline.monthOnly')})</>} · <StatusBadge status="reported" />
      </p>
      <Title id={titleId} ref={headingRef} tabIndex={-1} className="timeline-detail__title">
        {event.title}
      </Title>
      <Part className="timeline-detail__part">{t('timeline.summary')}</Part>
      <p>{event.summary}</p>
      {/* Our summary of a source in the other language is a translation: said, not hidden. */}
      {isTranslation(event, deal, locale) && <p className="timeline-detail__translated">{t('timeline.translated')}</p>}
      {event.original && (
        <>
          <Part className="timeline-detail__part">{t('timeline.original')}</Part>
          <blockquote lang="de" className="provenance__original">
            {event.original}
          </blockquote>
        </>
      )}
      {figures.length > 0 && (
        <>
          <Part className="timeline-detail__part">{t('timeline.figures')}</Part>
          <ul className="timeline-detail__figures">
            {figures.map((f) => (
              <li key={f.id}>
                {f.label}: <strong>{formatFigure(f, locale)}</strong> <StatusBadge status={f.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Part className="timeline-detail__part">{t('timeline.sources')}</Part>
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
