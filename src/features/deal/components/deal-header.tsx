import type { ReactNode } from 'react';
import { FootnoteMarks } from '../../../components/footnotes';
import { formatPartialDate } from '../../../lib/format';
import { dealNamingAt, dealTitle, partiesLines } from '../../../lib/deal-name';
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
  const { status, since, sources } = dealStatusAsOf(deal, asOf);
  // Named as on the day: before the announcement, neither the heading nor the parties say "Sina Weibo".
  const naming = dealNamingAt(deal, status);
  const lines = partiesLines(naming?.parties ?? [], t, locale);
  return (
    <header className="deal-header">
      <h1 className="deal-header__title">{dealTitle(naming, asOf, t, locale)}</h1>
      {lines.length > 0 && (
        <p className="deal-header__parties">
          {lines.map((line, i) => (
            <span key={line}>
              {i > 0 && (
                <span className="deal-header__sep" aria-hidden="true">
                  {' · '}
                </span>
              )}
              {line}
            </span>
          ))}
        </p>
      )}
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
