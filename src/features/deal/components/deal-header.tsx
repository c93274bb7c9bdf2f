import type { ReactNode } from 'react';
import { FootnoteMarks } from '../../../components/footnotes';
import { formatPartialDate } from '../../../lib/format';
import { isPublicOn } from '../../../lib/known';
import { useLocale, useT } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import { citationDetail, citationLabel } from '../../../lib/provenance';

export function DealHeader({
  deal,
  asOf = null,
  children,
}: {
  deal: Deal;
  asOf?: string | null;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const { acquirer, target, targetParent } = deal.parties;
  // Before its announcement day, seen "as of" then, the deal was at most a rumour.
  const announced = deal.announcedOn !== null && isPublicOn(deal.announcedOn, asOf);
  const status = announced || deal.status === 'rumoured' ? deal.status : 'rumoured';
  return (
    <header className="deal-header">
      <h1 className="deal-header__title">{deal.name}</h1>
      <p className="deal-header__parties">
        {t('deal.acquires', { acquirer: acquirer.name, target: target.name })}
        <span className="deal-header__sep" aria-hidden="true">
          {' · '}
        </span>
        {t('deal.parentOf', { target: target.name, parent: targetParent.name })}
      </p>
      <p className="deal-header__meta">
        <span className={`deal-status deal-status--${status}`}>{t(`deal.status.${status}`)}</span>
        {announced && deal.announcedOn && (
          <>
            {' '}
            <time dateTime={deal.announcedOn.date}>{formatPartialDate(deal.announcedOn, locale)}</time>
          </>
        )}
        {announced && deal.announcedSources.length > 0 && (
          <span
            className="deal-header__source"
            title={deal.announcedSources.map((c) => citationDetail(c, deal.sources, locale)).join(' | ')}
          >
            {' '}
            (
            {t('source.button', {
              source: deal.announcedSources.map((c) => citationLabel(c, deal.sources, locale)).join('; '),
            })}
            )
            <FootnoteMarks citations={deal.announcedSources} />
          </span>
        )}
      </p>
      {children}
    </header>
  );
}
