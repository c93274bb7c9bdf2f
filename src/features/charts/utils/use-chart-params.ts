import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseChartParams, writeChartParams, type ChartParams } from './chart-params';

export function useChartParams(): [ChartParams, (patch: Partial<ChartParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseChartParams(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<ChartParams>) =>
      setSearchParams((current) => writeChartParams(current, { ...parseChartParams(current), ...patch }), {
        replace: true,
        preventScrollReset: true,
      }),
    [setSearchParams],
  );
  return [params, update];
}
