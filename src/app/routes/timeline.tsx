import { Link } from 'wouter';
import { AsOfControl } from '../../components/as-of-control';
import { AddressNoteContext, UrlNotice } from '../../components/url-notice';
import { isDealNotFound } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { EmbedButton } from '../embed/embed-button';
import { useRawSearch, useRouteParam } from '../location';
import { paths, SEED_DEAL_ID } from '../paths';
import { usePageNotes } from '../use-page-notes';
import { useDealTitle } from '../use-deal-title';
import { useViewParams } from '../use-view-params';
import { TimelineWidget } from '../widgets/timeline-widget';
import { NotFound } from './not-found';

export default function TimelineRoute() {
  const dealId = useRouteParam('dealId') ?? SEED_DEAL_ID;
  const t = useT();
  const search = useRawSearch();
  const deal = useDeal(dealId);
  const { asOf, problems, setAsOf } = useViewParams();
  const { notes, report } = usePageNotes(deal.data, asOf);
  const dealTitle = useDealTitle(deal.data, asOf);

  if (isDealNotFound(deal.error)) return <NotFound dealId={dealId} />;

  return (
    <AddressNoteContext.Provider value={report}>
      <UrlNotice problems={problems} notes={notes} />
      <header className="deal-header">
        <p className="no-print">
          <Link href={`${paths.deal(dealId)}${search}`}>{t('timeline.backToDashboard')}</Link>
        </p>
        <h1 className="deal-header__title">
          {dealTitle ? `${dealTitle}: ${t('timeline.title')}` : t('timeline.title')}
        </h1>
        <AsOfControl value={asOf} onChange={setAsOf} />
      </header>
      <TimelineWidget
        dealId={dealId}
        actions={<EmbedButton dealId={dealId} widget="timeline" title={t('timeline.title')} />}
      />
    </AddressNoteContext.Provider>
  );
}
