import { describe, expect, it } from 'vitest';
import { widgetLegends, type WidgetImageLabels } from './export-widget';

const COLOURS = {
  background: '#ffffff',
  text: '#111111',
  muted: '#555555',
  rule: '#dddddd',
  status: { reported: '#1d4ed8', derived: '#7e22ce', modelled: '#92400e' },
};
const LABELS: WidgetImageLabels = {
  legend: 'Legend',
  statuses: 'Statuses',
  sources: 'Sources',
  viewOnline: 'View online',
  status: { reported: 'Reported', derived: 'Derived', modelled: 'Modelled' },
  statusHelp: { reported: 'Reported: solid', derived: 'Derived: hatched', modelled: 'Modelled: dotted' },
};

const shapeOf = (swatch: string) => {
  const shape = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${swatch}</svg>`,
    'image/svg+xml',
  ).documentElement.firstElementChild!;
  return [shape.tagName, shape.getAttribute('stroke-dasharray') ?? 'solid'];
};

describe('the static image’s legend', () => {
  it('draws each entry’s swatch as the chart’s mark: a box for bars, a dashed or solid line for lines', () => {
    const [legend, statuses] = widgetLegends(
      {
        title: 'Projected extra revenue',
        lines: [],
        notes: [],
        sources: [],
        legend: [
          { label: 'Monthly amount', status: 'modelled' },
          { label: 'Cumulative', status: 'modelled', mark: 'dashed-line' },
          { label: 'Reported total', status: 'reported', mark: 'line' },
        ],
      },
      LABELS,
      COLOURS,
    );
    expect(legend.items.map((item) => [item.label, ...shapeOf(item.swatch)])).toEqual([
      ['Monthly amount (Modelled)', 'rect', '1 2'],
      ['Cumulative (Modelled)', 'line', '6 3'],
      ['Reported total (Reported)', 'line', 'solid'],
    ]);
    // The legend that explains the fills shows fills, whatever mark a series has.
    expect(statuses.items.map((item) => shapeOf(item.swatch)[0])).toEqual(['rect', 'rect']);
  });
});
