import { waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import { seedIn } from '../../../../test/seed';
import { useWidgetExportInfo, type WidgetExportInfo } from '../../../components/export-info';
import { noteLines } from '../models/chart-model';
import { selectStakeChart } from '../models/stake-model';
import { selectValuationChart } from '../models/valuation-model';
import { StakeChartView } from './stake-chart';
import { ValuationChartView } from './valuation-chart';

/** Renders where the Embed button sits and keeps what the card hands to its static image. */
function exportInfoOf(render: (probe: ReactNode) => void): () => WidgetExportInfo | null {
  let info: WidgetExportInfo | null = null;
  function Probe() {
    info = useWidgetExportInfo();
    return null;
  }
  render(<Probe />);
  return () => info;
}

describe('the static image of a chart', () => {
  it('takes its words from the model: title, subtitle, legend, notes and sources', async () => {
    const model = selectStakeChart(seedIn('en'), {}, 'en', '2013-05-01');
    if (model.empty !== null) throw new Error(model.empty);
    const info = exportInfoOf((probe) => renderWithProviders(<StakeChartView model={model} actions={probe} />));
    await waitFor(() => expect(info()).not.toBeNull());
    expect(info()).toMatchObject({
      title: model.title,
      lines: [model.subtitle],
      legend: model.legend,
      notes: noteLines(model),
      sources: model.sources,
    });
    expect(info()?.notes).toEqual([
      'The option can add 12 points to the about 18% acquired, up to 30%.',
      expect.stringMatching(/^Rumours \(Nov 2012\)/),
    ]);
  });

  it('draws the chart from the model in a root of its own, at the width it is given', async () => {
    const model = selectValuationChart(seedIn('de'), { currency: 'USD' }, 'de', null);
    if (model.empty !== null) throw new Error(model.empty);
    const info = exportInfoOf((probe) => renderWithProviders(<ValuationChartView model={model} actions={probe} />));
    await waitFor(() => expect(info()?.chart).toBeDefined());
    const host = document.createElement('div');
    document.body.append(host);
    const unmount = info()!.chart!.mount(host, 600);
    await waitFor(() => expect(host.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(host.querySelector('svg.recharts-surface')?.getAttribute('width')).toBe('600');
    expect(host.querySelector('title')?.textContent).toBe('Preis und Bewertung');
    unmount();
    expect(host.childElementCount).toBe(0);
    host.remove();
  });

  it('has no drawing and no words while the chart has nothing to show', async () => {
    const model = selectValuationChart(seedIn('en'), { currency: 'EUR' }, 'en', '2012-12-01');
    const info = exportInfoOf((probe) => renderWithProviders(<ValuationChartView model={model} actions={probe} />));
    await waitFor(() => expect(info()).not.toBeNull());
    expect(info()).toEqual({ title: 'Price and valuation', lines: [], legend: [], notes: [], sources: [] });
  });
});
