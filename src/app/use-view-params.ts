import { useCallback, useMemo } from 'react';
import { parseChartParams, writeChartParams, type ChartParams } from '../features/charts/utils/chart-params';
import { parseTimelineParams, writeTimelineParams, type TimelineView } from '../features/timeline/utils/view-state';
import { parseAsOf, writeAsOf, type ParamProblem } from '../lib/url-params';
import { useSearchParams, type HistoryMode } from './location';

/**
 * Everything a view keeps in its address: the "known as of" day, the charts' controls and the
 * timeline's range, kinds and selection. Each part is parsed on its own; what is malformed is
 * listed in `problems`, and its default applies.
 */
export function useViewParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = useMemo(() => {
    const problems: ParamProblem[] = [];
    const asOf = parseAsOf(searchParams, problems);
    const charts = parseChartParams(searchParams, problems);
    const timeline = parseTimelineParams(searchParams);
    return { asOf, charts, timeline: timeline.view, problems: [...problems, ...timeline.problems] };
  }, [searchParams]);

  // Each setter adds a history entry unless told otherwise: 'continuous' for a gesture's steps.
  const setCharts = useCallback(
    (patch: Partial<ChartParams>, how: HistoryMode = 'push') =>
      setSearchParams((c) => writeChartParams(c, { ...parseChartParams(c), ...patch }), how),
    [setSearchParams],
  );
  const setTimeline = useCallback(
    (view: TimelineView, how: HistoryMode = 'push') => setSearchParams((c) => writeTimelineParams(c, view), how),
    [setSearchParams],
  );
  const setAsOf = useCallback(
    (asOf: string | null, how: HistoryMode = 'push') => setSearchParams((c) => writeAsOf(c, asOf), how),
    [setSearchParams],
  );
  return { ...parsed, setCharts, setTimeline, setAsOf };
}
