import type { ReactNode } from 'react';
import { FootnoteMarks } from '../../../components/footnotes';
import { formatPartialDate } from '../../../lib/format';
import { dealStatusAsOf } from '../../../lib/deal-status';
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
  const { status, since, sources } = dealStatusAsOf(deal, asOf);
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
        <span className={`deal-status deal-status--${status ?? 'none'}`}>{t(`deal.status.${status ?? 'none'}`)}</span>
        {since && (
          <>
            {' '}
            <time dateTime={since.date}>{formatPartialDate(since, locale)}</time>
          </>
        )}
        {sources.length > 0 && (
          <span
            className="deal-header__source"
            title={sources.map((c) => citationDetail(c, deal.sources, locale)).join(' | ')}
          >
            {' '}
            ({t('source.button', { source: sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ') })})
            <FootnoteMarks citations={sources} />
          </span>
        )}
      </p>
      {children}
    </header>
  );
}
