import type { ComponentType } from 'react';
import { loadable } from '../../components/loadable';
import { HeadingDealContext } from '../../components/heading-deal';
import { StatusSwatch } from '../../components/status-patterns';
import { ApiUnavailableError, isDealNotFound } from '../../lib/api-client';
import { useLocale, useT } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { useRouteParam, useSearchParams } from '../location';
import { SEED_DEAL_ID } from '../paths';
import { useDealTitle } from '../use-deal-title';
import { useViewParams } from '../use-view-params';
import { WIDGET_IDS, WIDGETS, type WidgetId } from '../widgets/registry';
import { isWidgetId } from '../widgets/widget-queries';
import type { WidgetProps } from '../widgets/widget-props';
import { fullViewUrl } from './embed-urls';

// Each widget is its own chunk: an embed downloads the code of its widget and nothing else.
const EMBEDDED = Object.fromEntries(
  WIDGET_IDS.map((id) => [id, loadable<WidgetProps>(WIDGETS[id].load, WIDGETS[id].what)]),
) as Record<WidgetId, ComponentType<WidgetProps>>;

export default function EmbedRoute() {
  const dealId = useRouteParam('dealId') ?? SEED_DEAL_ID;
  const widget = useRouteParam('widget');
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const deal = useDeal(dealId);
  const { asOf } = useViewParams();
  // A report may hold widgets of several deals: each embed names its own, as known on its as-of day.
  const name = useDealTitle(deal.data, asOf);
  if (!isWidgetId(widget)) {
    return <p className="state state--empty">{t('embed.unknownWidget', { widgets: WIDGET_IDS.join(', ') })}</p>;
  }
  if (isDealNotFound(deal.error)) {
    return <p className="state state--empty">{t('notFound.body', { id: dealId })}</p>;
  }
  // The page could not reach any API (the mocks' worker cannot start in this frame): say so, and what to run.
  if (deal.error instanceof ApiUnavailableError) {
    return (
      <p className="state state--error" role="alert">
        {t('api.unavailable', { reason: deal.error.reason })}
      </p>
    );
  }
  const Widget = EMBEDDED[widget];
  // The link back is built from parsed values only: nothing from the address reaches it raw.
  const back = fullViewUrl(dealId, widget, params, locale);
  return (
    <div className="embed__frame" data-embed={widget}>
      {/* The page's one h1: the deal the widget belongs to. The timeline has no heading of its own,
          so there it is the visible heading; elsewhere the widget's heading names the deal. */}
      {name &&
        (widget === 'timeline' ? (
          <h1 className="embed__title">
            {t('timeline.title')} · {name}
          </h1>
        ) : (
          <h1 className="visually-hidden">{name}</h1>
        ))}
      <HeadingDealContext.Provider value={name}>
        <Widget dealId={dealId} />
      </HeadingDealContext.Provider>
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
