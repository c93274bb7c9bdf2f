import type { KpiCardSummary } from '../../../components/export-info';
import { formatDay, formatFigure, formatPartialDate } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { citationLabel, sourceNameOf, sourceEntries } from '../../../lib/provenance';
import type { Deal, Figure, MetricSeries } from '../../../lib/schemas';
import { selectDealKpis, selectHeadlinePoint } from './kpis';

/** The words a card's source button says: the first citation, and how many more. */
function sourceText(figure: Figure, deal: Deal, locale: Locale): string {
  const first = citationLabel(figure.sources[0], deal.sources, locale);
  const rest = figure.sources.length - 1;
  return translate(locale, 'source.button', {
    source: rest > 0 ? translate(locale, 'source.more', { source: first, count: rest }) : first,
  });
}

function missingText(missing: 'not-reported' | 'not-yet-public', asOf: string | null, locale: Locale): string {
  return missing === 'not-yet-public' && asOf
    ? translate(locale, 'state.notYetPublic', { date: formatDay(asOf, locale) })
    : translate(locale, 'kpi.notReported');
}

/**
 * The four key figures as their cards say them, as known on `asOf`, for a static image. `users`
 * is the registered-users series, or undefined while it loads (the card then says nothing yet).
 */
export function kpiSummaries(
  deal: Deal,
  asOf: string | null,
  users: MetricSeries | undefined,
  locale: Locale,
): KpiCardSummary[] {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const card = (label: string, figure: Figure, context: string | undefined, later: string[] = []): KpiCardSummary => ({
    label,
    value: formatFigure(figure, locale),
    context,
    status: figure.status,
    source: sourceText(figure, deal, locale),
    later,
  });
  const cards = selectDealKpis(deal, asOf).map((kpi) =>
    kpi.figure
      ? card(
          t(kpi.labelKey),
          kpi.figure,
          kpi.over
            ? t('kpi.projectedRevenue.over', { term: formatFigure(kpi.over, locale) })
            : kpi.contextKey && t(kpi.contextKey),
        )
      : { label: t(kpi.labelKey), missing: missingText(kpi.missing ?? 'not-reported', asOf, locale), later: [] },
  );
  const usersLabel = t('kpi.registeredUsers');
  const selected = users ? selectHeadlinePoint(users, deal.sources, asOf) : null;
  if (selected) {
    const { headline, later } = selected;
    cards.push(
      card(
        usersLabel,
        headline,
        t('kpi.registeredUsers.asOf', { date: formatPartialDate(headline.publicOn, locale) }),
        later.map(
          (point) =>
            `${t('kpi.later', {
              value: formatFigure(point, locale),
              date: formatPartialDate(point.publicOn, locale),
              publisher: sourceNameOf(deal.sources, point.sources[0].sourceId, locale),
            })} (${t(`status.${point.status}`)})`,
        ),
      ),
    );
  } else if (users) {
    cards.push({
      label: usersLabel,
      missing: missingText(users.points.length ? 'not-yet-public' : 'not-reported', asOf, locale),
      later: [],
    });
  }
  return cards;
}

/** Every source behind the shown key figures, each once and in full. */
export function kpiSources(deal: Deal, asOf: string | null, users: MetricSeries | undefined, locale: Locale): string[] {
  const figures = selectDealKpis(deal, asOf).flatMap((kpi) => (kpi.figure ? [kpi.figure] : []));
  const selected = users ? selectHeadlinePoint(users, deal.sources, asOf) : null;
  if (selected) figures.push(selected.headline, ...selected.later);
  return sourceEntries(
    figures.flatMap((f) => f.sources),
    deal.sources,
    locale,
    asOf,
  );
}
