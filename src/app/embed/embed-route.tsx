import type { ComponentType } from 'react';
import { loadable } from '../../components/loadable';
import { StatusSwatch } from '../../components/status-patterns';
import { HttpError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { useRouteParam, useSearchParams } from '../location';
import { paths, SEED_DEAL_ID } from '../paths';
import { isEmbedWidget, type EmbedWidget } from './embed-options';
import { fullViewSearch } from './embed-urls';

// Each widget is its own chunk: an embed downloads the code of its widget and nothing else.
const WIDGETS: Record<EmbedWidget, ComponentType<{ dealId: string }>> = {
  kpis: loadable(() => import('../widgets/kpis-widget').then((m) => ({ default: m.KpisWidget })), 'what.kpis'),
  stake: loadable(() => import('../widgets/stake-widget').then((m) => ({ default: m.StakeWidget })), 'what.stake'),
  valuation: loadable(
    () => import('../widgets/valuation-widget').then((m) => ({ default: m.ValuationWidget })),
    'what.valuation',
  ),
  revenue: loadable(
    () => import('../widgets/revenue-widget').then((m) => ({ default: m.RevenueWidget })),
    'what.revenue',
  ),
  users: loadable(() => import('../widgets/users-widget').then((m) => ({ default: m.UsersWidget })), 'what.users'),
  option: loadable(() => import('../widgets/option-widget').then((m) => ({ default: m.OptionWidget })), 'what.option'),
  timeline: loadable(
    () => import('../widgets/timeline-widget').then((m) => ({ default: m.TimelineWidget })),
    'what.timeline',
  ),
};

export default function EmbedRoute() {
  const dealId = useRouteParam('dealId') ?? SEED_DEAL_ID;
  const widget = useRouteParam('widget');
  const [params] = useSearchParams();
  const t = useT();
  const deal = useDeal(dealId);
  if (!isEmbedWidget(widget)) {
    return <p className="state state--empty">{t('embed.unknownWidget')}</p>;
  }
  if (deal.error instanceof HttpError && deal.error.status === 404) {
    return <p className="state state--empty">{t('notFound.body', { id: dealId })}</p>;
  }
  const Widget = WIDGETS[widget];
  // The link back is built from parsed values only: nothing from the address reaches it raw.
  const back = `${widget === 'timeline' ? paths.timeline(dealId) : paths.deal(dealId)}${fullViewSearch(params, widget)}`;
  return (
    <div className="embed__frame" data-embed={widget}>
      {/* The page's one h1: the deal the widget belongs to, for a screen reader entering the frame. */}
      {deal.data && <h1 className="visually-hidden">{deal.data.name}</h1>}
      <Widget dealId={dealId} />
      <footer className="embed__footer">
        <ul className="legend" aria-label={t('chart.legend')}>
          {(['reported', 'derived', 'modelled'] as const).map((status) => (
            <li key={status}>
              <StatusSwatch status={status} /> {t(`status.${status}`)}: {t(`status.${status}.help`)}
            </li>
          ))}
        </ul>
        <a href={back} target="_blank" rel="noopener noreferrer">
          {t('embed.openFull')}
        </a>
      </footer>
    </div>
  );
}
