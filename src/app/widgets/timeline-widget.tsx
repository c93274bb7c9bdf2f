import { useMemo, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../components/query-state';
import { WidgetFrame } from '../../components/widget-frame';
import { useEvents } from '../../features/deal/api/get-events';
import { WithDeal } from '../../features/deal/components/with-deal';
import { Timeline } from '../../features/timeline/components/timeline';
import type { Deal, DealEvent } from '../../lib/schemas';
import type { HistoryMode } from '../location';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';

export type TimelineWidgetProps = WidgetProps & { compact?: boolean; headingLevel?: 2 | 3 };

/** Hands the timeline every event of the deal (the deal answer carries only its key events). */
function WithEvents({ dealId, children }: { dealId: string; children: (events: DealEvent[]) => ReactNode }) {
  const query = useEvents(dealId);
  if (query.error) return <ErrorState what="what.timeline" error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState what="what.timeline" />;
  return children(query.data.events);
}

/** The deal with every event, one object per answer, so the timeline's memos hold. */
function WholeDeal({
  deal,
  events,
  children,
}: {
  deal: Deal;
  events: DealEvent[];
  children: (deal: Deal) => ReactNode;
}) {
  const whole = useMemo(() => ({ ...deal, events }), [deal, events]);
  return children(whole);
}

// Its own module: the timeline embed and page load it without the chart code.
export function TimelineWidget({ dealId, actions, compact = false, headingLevel }: TimelineWidgetProps) {
  const { asOf, timeline, setTimeline } = useViewParams();
  return (
    <WidgetFrame what="what.timeline">
      <WithDeal dealId={dealId} what="what.timeline">
        {(d) => (
          <WithEvents dealId={dealId}>
            {(events) => (
              <WholeDeal deal={d} events={events}>
                {(deal) => (
                  <Timeline
                    deal={deal}
                    asOf={asOf}
                    view={timeline}
                    // The timeline says how each change lands in history (a gesture's steps fold into one).
                    onViewChange={(view, how?: HistoryMode) => setTimeline(view, how)}
                    compact={compact}
                    actions={actions}
                    headingLevel={headingLevel}
                  />
                )}
              </WholeDeal>
            )}
          </WithEvents>
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
