import type { Currency } from '../../features/charts/utils/currency';
import { useViewParams } from '../use-view-params';

/** The money charts share one currency; switching it resets the what-if to the deal's own valuation. */
export function useCurrency() {
  const { charts, setCharts } = useViewParams();
  return { charts, setCharts, onCurrencyChange: (currency: Currency) => setCharts({ currency, valuation: null }) };
}
