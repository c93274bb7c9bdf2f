import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { Timeline } from '../../features/timeline/components/timeline';
import type { HistoryMode } from '../location';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';

export type TimelineWidgetProps = WidgetProps & { compact?: boolean; headingLevel?: 2 | 3 };

// Its own module: the timeline embed and page load it without the chart code.
export function TimelineWidget({ dealId, actions, compact = false, headingLevel }: TimelineWidgetProps) {
  const { asOf, timeline, setTimeline } = useViewParams();
  return (
    <WidgetFrame what="what.timeline">
      <WithDeal dealId={dealId} what="what.timeline">
        {(d) => (
          <Timeline
            deal={d}
            asOf={asOf}
            view={timeline}
            // The timeline says how each change lands in history (a gesture's steps fold into one).
            onViewChange={(view, how?: HistoryMode) => setTimeline(view, how)}
            compact={compact}
            actions={actions}
            headingLevel={headingLevel}
          />
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
