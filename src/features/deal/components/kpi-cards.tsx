import { ErrorState, LoadingState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { formatFigure, formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { Deal, MetricSeries } from '../../../lib/schemas';
import { useMetric } from '../api/get-metric';
import { selectDealKpis, selectHeadlinePoint } from '../utils/kpis';
import { findSource } from '../../../lib/provenance';
import { KpiCard } from './kpi-card';

/** The four headline figures: three from the deal, the users from their own series. */
export function KpiCards({ deal }: { deal: Deal }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="kpi-cards" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="section-title">
        {t('kpi.heading')}
      </h2>
      <div className="kpi-cards__grid">
        {selectDealKpis(deal).map((kpi) => (
          <KpiCard
            key={kpi.id}
            label={t(kpi.labelKey)}
            figure={kpi.figure}
            sources={deal.sources}
            context={kpi.over ? t('kpi.projectedRevenue.over', { term: formatFigure(kpi.over, locale) }) : undefined}
          />
        ))}
        <UsersKpiContainer deal={deal} />
      </div>
    </section>
  );
}

function UsersKpiContainer({ deal }: { deal: Deal }) {
  const query = useMetric(deal.id, 'registered-users');
  return <UsersKpi deal={deal} series={query.data} error={query.error} onRetry={() => void query.refetch()} />;
}

export function UsersKpi({
  deal,
  series,
  error,
  onRetry,
}: {
  deal: Deal;
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
        <ErrorState what={t('what.users')} error={error} onRetry={onRetry} />
      </KpiCard>
    );
  }
  if (!series) {
    return (
      <KpiCard label={label}>
        <LoadingState what={t('what.users')} />
      </KpiCard>
    );
  }
  const selected = selectHeadlinePoint(series, deal.sources);
  if (!selected) {
    return (
      <KpiCard label={label}>
        <p className="state state--empty">{t('state.empty', { what: label })}</p>
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
            publisher: findSource(deal.sources, point.sources[0].sourceId)?.publisher ?? point.sources[0].sourceId,
          })}{' '}
          <StatusBadge status={point.status} />
        </p>
      ))}
    </KpiCard>
  );
}
