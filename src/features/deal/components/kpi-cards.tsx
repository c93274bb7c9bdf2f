import type { ReactNode } from 'react';
import { HeadingDeal } from '../../../components/heading-deal';
import { WidgetExportContext } from '../../../components/export-info';
import { FootnoteMarks } from '../../../components/footnotes';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { formatDay, formatFigure, formatPartialDate } from '../../../lib/format';
import { useLocale, useT, type Translate } from '../../../lib/i18n';
import { sourceNameOf } from '../../../lib/provenance';
import type { Deal, MetricSeries } from '../../../lib/schemas';
import { useMetric } from '../api/get-metric';
import { kpiSources, kpiSummaries } from '../utils/kpi-summary';
import { selectDealKpis, selectHeadlinePoint, type Kpi } from '../utils/kpis';
import { ArticleWordsView } from './article-words';
import { KpiCard } from './kpi-card';

function missingText(missing: Kpi['missing'], asOf: string | null, t: Translate, locale: 'en' | 'de'): string {
  return missing === 'not-yet-public' && asOf
    ? t('state.notYetPublic', { date: formatDay(asOf, locale) })
    : t('kpi.notReported');
}

/** The four headline figures as known on `asOf`: three from the deal, the users from their series. */
export function KpiCards({ deal, asOf = null, actions }: { deal: Deal; asOf?: string | null; actions?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const users = useMetric(deal.id, 'registered-users');
  // The static image draws the cards from this model, not from the page.
  const exportInfo = {
    title: t('kpi.heading'),
    lines: [],
    legend: [],
    notes: [],
    sources: kpiSources(deal, asOf, users.data, locale),
    cards: kpiSummaries(deal, asOf, users.data, locale),
  };
  return (
    <section className="kpi-cards" aria-labelledby="kpi-heading" data-widget="kpis">
      <div className="chart-card__heading">
        <h2 id="kpi-heading" className="section-title">
          {t('kpi.heading')}
          <HeadingDeal />
        </h2>
        <WidgetExportContext.Provider value={exportInfo}>{actions}</WidgetExportContext.Provider>
      </div>
      <div className="kpi-cards__grid">
        {selectDealKpis(deal, asOf).map((kpi) => (
          <KpiCard
            key={kpi.id}
            label={t(kpi.labelKey)}
            figure={kpi.figure}
            sources={deal.sources}
            context={
              kpi.over
                ? t('kpi.projectedRevenue.over', { term: formatFigure(kpi.over, locale) })
                : kpi.contextKey && t(kpi.contextKey)
            }
          >
            {kpi.missing && <p className="state state--empty">{missingText(kpi.missing, asOf, t, locale)}</p>}
          </KpiCard>
        ))}
        <UsersKpi
          deal={deal}
          asOf={asOf}
          series={users.data}
          error={users.error}
          onRetry={() => void users.refetch()}
        />
      </div>
      <ArticleWordsView deal={deal} asOf={asOf} />
    </section>
  );
}

export function UsersKpi({
  deal,
  asOf = null,
  series,
  error,
  onRetry,
}: {
  deal: Deal;
  asOf?: string | null;
  series: MetricSeries | undefined;
  error: unknown;
  onRetry: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const label = t('kpi.registeredUsers');
  if (error) {
    return (
      <KpiCard label={label}>
        <ErrorState what="what.users" error={error} onRetry={onRetry} />
      </KpiCard>
    );
  }
  if (!series) {
    return (
      <KpiCard label={label}>
        <LoadingState what="what.users" />
      </KpiCard>
    );
  }
  const selected = selectHeadlinePoint(series, deal.sources, asOf);
  if (!selected) {
    return (
      <KpiCard label={label}>
        <p className="state state--empty">
          {missingText(series.points.length ? 'not-yet-public' : 'not-reported', asOf, t, locale)}
        </p>
      </KpiCard>
    );
  }
  const { headline, later } = selected;
  return (
    <KpiCard
      label={label}
      figure={headline}
      sources={deal.sources}
      context={t('kpi.registeredUsers.asOf', { date: formatPartialDate(headline.publicOn, locale) })}
    >
      {later.map((point) => (
        <p key={point.id} className="kpi-card__later">
          {t('kpi.later', {
            value: formatFigure(point, locale),
            date: formatPartialDate(point.publicOn, locale),
            publisher: sourceNameOf(deal.sources, point.sources[0].sourceId, locale),
          })}{' '}
          <StatusBadge status={point.status} />
          <FootnoteMarks citations={point.sources} />
        </p>
      ))}
    </KpiCard>
  );
}
