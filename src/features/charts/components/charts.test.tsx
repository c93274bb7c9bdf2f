import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { bars, expectBars, legendLabels, tableRows } from '../../../../test/charts';
import { preloadApp, renderRoute } from '../../../../test/render';

const DEAL = '/deals/alibaba-sina-weibo-2013';

async function chart(name: string | RegExp) {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(region.querySelector('.recharts-surface')).not.toBeNull());
  return region;
}

// The pages' code loads before the first test, not inside its time (test/render.tsx).
beforeAll(preloadApp);

describe('stake chart', () => {
  it('draws the stake acquired and the derived 12-point headroom on Weibo’s scale, the rumour about Sina in words', async () => {
    renderRoute(DEAL);
    const region = await chart('Stake in Sina Weibo');
    await waitFor(() => expectBars(region, 'bar-headroom', 1));
    expectBars(region, 'bar-rumoured', 0);
    expectBars(region, 'bar-acquired', 1);
    expect(legendLabels(region)).toEqual(['Stake acquired (Reported)', 'Option headroom (Derived)']);
    expect(tableRows(region)).toEqual([
      [
        'Rumoured: stake in Sina, the parent (not Weibo), denied in February 2013',
        '15–20%',
        'Reported',
        'silicon.de, line 5',
        'Nov 2012',
      ],
      [
        'Stake acquired',
        'about 18%',
        'Reported',
        'Xinhua via chinadaily.com.cn, 30 Apr 2013; technode.com, 29 Apr 2013',
        '29 Apr 2013',
      ],
      [
        'Option headroom',
        expect.stringMatching(/^about 12/),
        expect.stringMatching(/^Derived: 30% − 18%/),
        expect.stringContaining('silicon.de, line 3'),
        '29 Apr 2013',
      ],
      [
        'Option ceiling',
        '30%',
        'Reported',
        'silicon.de, line 3; Xinhua via chinadaily.com.cn, 30 Apr 2013',
        '29 Apr 2013',
      ],
    ]);
    expect(within(region).getByText(/can add 12 points to the about 18% acquired, up to 30%/)).toBeInTheDocument();
    expect(
      within(region).getByText(
        'Rumours (Nov 2012): Alibaba to take 15–20% of Sina, the parent company. That is a share of Sina, not of Weibo, so it is not drawn on this scale. Sina denied it in February 2013.',
      ),
    ).toBeInTheDocument();
    // No tooltip line calls the rumour a stake in Weibo: the only row on the scale is the deal.
    expect(within(region).queryByText(/Rumoured range/)).toBeNull();
  });

  it('on 2012-12-01 tells the rumour about Sina, not yet denied, and draws no Weibo axis', async () => {
    renderRoute(`${DEAL}?asof=2012-12-01`);
    const region = await screen.findByRole('region', { name: 'Stake in Sina Weibo' });
    await within(region).findByText(/^Rumours \(Nov 2012\): Alibaba to take 15–20% of Sina, the parent company\./);
    expect(within(region).queryByText(/denied/)).toBeNull();
    expect(region.querySelector('.recharts-surface')).toBeNull();
    expect(tableRows(region)).toEqual([
      ['Rumoured: stake in Sina, the parent (not Weibo)', '15–20%', 'Reported', 'silicon.de, line 5', 'Nov 2012'],
    ]);
  });
});

describe('valuation chart', () => {
  it('derives EUR 2.5B from EUR 450M / 18 % and shows the formula in the reader’s format', async () => {
    renderRoute(DEAL);
    const region = await chart('Price and valuation');
    await waitFor(() => expectBars(region, 'bar-valuation', 2));
    const rows = tableRows(region);
    expect(rows[0].slice(0, 3)).toEqual(['Price paid (for about 18%)', '€450m', 'Reported']);
    expect(rows[1].slice(0, 3)).toEqual(['Implied valuation of Weibo', 'about €2.5bn', 'Derived: €450m / 18%']);
  });

  it('switches to dollars with the pair the sources report, says so, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(DEAL);
    const region = await chart('Price and valuation');
    await user.click(within(region).getByRole('radio', { name: 'USD' }));
    await waitFor(() => expectBars(region, 'bar-valuation', 3));
    expect(tableRows(region).map((r) => r.slice(0, 3))).toEqual([
      ['Price paid (for about 18%)', 'US$586m', 'Reported'],
      ['Implied valuation of Weibo', 'about US$3.26bn', 'Derived: US$586m / 18%'],
      ['Valuation as reported by technode.com', 'about US$3.26bn', 'Reported'],
    ]);
    // Every dollar value here is reported (USD 586M, USD 3.26B): nothing was converted, no note.
    expect(within(region).queryByText(/Converted|market rate/)).toBeNull();
    expect(location().search).toBe('?currency=USD');
  });
});

describe('the currency note', () => {
  it('does not convert the 2014 cap in the euro what-if: it stays in dollars, and the note says why', async () => {
    renderRoute(DEAL);
    const region = await chart('Option what-if');
    await within(region).findByRole('button', { name: /^2014 filing cap: at most US\$5\.5bn/ });
    expect(within(region).getByText(/^The 2014 cap \(US\$5\.5bn\) stays in US dollars/)).toBeInTheDocument();
    expect(within(region).queryByText(/Converted/)).toBeNull();
    expect(region).not.toHaveTextContent(/4\.22/);
  });

  it('is absent from the what-if in dollars, where the cap is reported', async () => {
    renderRoute(`${DEAL}?currency=USD`);
    const region = await chart('Option what-if');
    await within(region).findByRole('button', { name: /^2014 filing cap: at most US\$5\.5bn/ });
    expect(within(region).queryByText(/Converted/)).toBeNull();
  });

  it('names the projected revenue converted to dollars on 2013-04-29, before Xinhua’s USD 380M', async () => {
    renderRoute(`${DEAL}?asof=2013-04-29&currency=USD`);
    const region = await chart('Projected extra revenue');
    expect(await within(region).findByText(/^Converted: about US\$378m \(from €290m\), /)).toBeInTheDocument();
  });
});

describe('revenue chart', () => {
  it('draws 36 modelled months that add up to the reported total', async () => {
    renderRoute(DEAL);
    const region = await chart('Projected extra revenue');
    await waitFor(() => expectBars(region, 'bar-revenue', 36));
    const rows = tableRows(region);
    expect(rows).toHaveLength(37);
    // One scale per money column, named in its header: every amount in €m.
    expect(
      within(region)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Month', 'Monthly amount (€m)', 'Cumulative (€m)', 'Status']);
    expect(rows[0]).toEqual(['May 2013', '8.1', '8.1', 'Modelled']);
    // The running sum at the data's own precision, 0.1M: fifteen months of 8.1 are 121.5, not "122".
    expect(rows[14]).toEqual(['Jul 2014', '8.1', '121.5', 'Modelled']);
    expect(rows[35][0]).toBe('Apr 2016');
    expect(rows[35][2]).toBe('290.0');
    expect(rows[36]).toEqual(['Reported total', '', 'about 290', 'Reported']);
    expect(legendLabels(region)).toEqual([
      'Monthly amount (Modelled)',
      'Cumulative (Modelled)',
      'Reported total about €290m (Reported)',
    ]);
  });

  it('draws each legend swatch as its mark: bars as a filled box, the running sum dashed, the total a line', async () => {
    renderRoute(DEAL);
    const region = await chart('Projected extra revenue');
    await waitFor(() => expectBars(region, 'bar-revenue', 36));
    const swatches = [...region.querySelectorAll('.legend li svg.swatch')].map((svg) => {
      const shape = svg.firstElementChild as SVGElement;
      return [shape.tagName, (shape as SVGElement).style.strokeDasharray || 'solid'];
    });
    // The bars' dotted box; the cumulative line's dash as the chart draws it (6 3); the total's solid rule.
    expect(swatches).toEqual([
      ['rect', '1 2'],
      ['line', '6 3'],
      ['line', 'solid'],
    ]);
    const line = region.querySelector('.line-cumulative path.recharts-curve');
    expect(line?.getAttribute('stroke-dasharray')).toBe('6 3');
  });

  it('names which axis is monthly and which cumulative', async () => {
    renderRoute(DEAL);
    const region = await chart('Projected extra revenue');
    await waitFor(() => expect(region.querySelectorAll('.axis-caption')).toHaveLength(2));
    const captions = () => [...region.querySelectorAll('.axis-caption')].map((c) => c.textContent);
    expect(captions()).toEqual(['Monthly, €m', 'Cumulative, €m']);
  });

  it('names the axes in German on a German page', async () => {
    renderRoute(DEAL, { locale: 'de' });
    const region = await chart(/^Erwarteter Zusatzumsatz$/);
    await waitFor(() => expect(region.querySelectorAll('.axis-caption')).toHaveLength(2));
    expect([...region.querySelectorAll('.axis-caption')].map((c) => c.textContent)).toEqual([
      'Monatlich, Mio.\u00a0€',
      'Kumuliert, Mio.\u00a0€',
    ]);
  });

  it('changes the profile on request, labelled as modelled', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(DEAL);
    const region = await chart('Projected extra revenue');
    await user.click(within(region).getByRole('radio', { name: 'Front-loaded' }));
    const rows = tableRows(region);
    // Both money columns are in €m.
    const money = (text: string) => Math.round(Number.parseFloat(text) * 1e6);
    expect(money(rows[0][1])).toBeGreaterThan(money(rows[34][1]));
    expect(money(rows[35][2])).toBe(290e6);
    expect(within(region).getByText(/amounts falling in a straight line/)).toBeInTheDocument();
    expect(location().search).toBe('?profile=front-loaded');
  });
});

describe('users chart', () => {
  it('draws the two reported readings and keeps the "hundreds of millions" as a note', async () => {
    renderRoute(DEAL);
    const region = await chart('Registered Weibo users');
    await waitFor(() => expectBars(region, 'bar-users', 2));
    expect(tableRows(region).map((r) => r.slice(0, 3))).toEqual([
      ['Nov 2012 · silicon.de', '400m+', 'Reported'],
      ['Feb 2013 · technode.com', '500m', 'Reported'],
    ]);
    expect(
      within(region).getByText(/“hundreds of millions of users” \(silicon\.de, line 4\): a claim, not a number/),
    ).toBeInTheDocument();
  });

  it('shows its own error with a retry when the metric fails, and the other charts stay', async () => {
    server.use(
      http.get('/api/deals/:dealId/metrics/:metric', () =>
        HttpResponse.json({ error: { code: 'x', message: 'Metric store down.' } }, { status: 503 }),
      ),
    );
    renderRoute(DEAL);
    const alerts = await screen.findAllByRole('alert');
    expect(
      alerts.some((a) => /Could not load the user figures\.\s*Metric store down\./.test(a.textContent ?? '')),
    ).toBe(true);
    const stake = await chart('Stake in Sina Weibo');
    await waitFor(() => expectBars(stake, 'bar-acquired', 1));
  });
});

describe('option what-if', () => {
  it('costs the 12 further points at the deal-implied valuation by default', async () => {
    renderRoute(DEAL);
    const region = await chart('Option what-if');
    await waitFor(() => expectBars(region, 'bar-option', 2));
    expect(within(region).getByRole('textbox', { name: /Valuation of all of Weibo/ })).toHaveValue('2.5');
    const rows = tableRows(region);
    expect(rows[3].slice(0, 3)).toEqual([
      'Cost of 12 points more at €2.5bn',
      'about €300m',
      'Modelled: €2.5bn × 12 pts · Assumption: The deal’s implied valuation, €2.5bn, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
    ]);
  });

  it('explains bad input without clamping it, and keeps the last valid chart', async () => {
    const user = userEvent.setup();
    renderRoute(DEAL);
    const region = await chart('Option what-if');
    const field = within(region).getByRole('textbox', { name: /Valuation of all of Weibo/ });
    await user.clear(field);
    await user.type(field, '500');
    expect(field).toHaveValue('500');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Typed key by key, "50" was the last valid value on the way to "500".
    expect(within(region).getByRole('alert')).toHaveTextContent(
      'The valuation must be at most 100 billion. The chart still shows €50bn.',
    );
    expect(tableRows(region)[3].slice(0, 2)).toEqual(['Cost of 12 points more at €50bn', 'about €6bn']);
    await user.clear(field);
    await user.type(field, 'lots');
    expect(within(region).getByRole('alert')).toHaveTextContent('“lots” is not a number.');
    await user.clear(field);
    await user.type(field, '4');
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    expect(tableRows(region)[3].slice(0, 2)).toEqual(['Cost of 12 points more at €4bn', 'about €480m']);
  });

  it('says a negative valuation must be greater than zero, and keeps the chart as it was', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(DEAL);
    const region = await chart('Option what-if');
    await waitFor(() => expectBars(region, 'bar-option', 2));
    const field = within(region).getByRole('textbox', { name: /Valuation of all of Weibo/ });
    await user.clear(field);
    await user.type(field, '-1');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(region).getByRole('alert')).toHaveTextContent(
      'The valuation must be greater than zero. The chart still shows €2.5bn.',
    );
    expect(within(region).getByRole('alert')).not.toHaveTextContent(/not a number/);
    expect(tableRows(region)[3].slice(0, 3)).toEqual([
      'Cost of 12 points more at €2.5bn',
      'about €300m',
      'Modelled: €2.5bn × 12 pts · Assumption: The deal’s implied valuation, €2.5bn, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
    ]);
    expect(location().search).toBe('');
  });

  it('marks the cost modelled at a valuation the reader types, and names the assumption', async () => {
    const user = userEvent.setup();
    renderRoute(DEAL);
    const region = await chart('Option what-if');
    const field = within(region).getByRole('textbox', { name: /Valuation of all of Weibo/ });
    await user.clear(field);
    await user.type(field, '4');
    const cost = tableRows(region)[3];
    expect(cost.slice(0, 2)).toEqual(['Cost of 12 points more at €4bn', 'about €480m']);
    expect(cost[2]).toMatch(/^Modelled: €4bn × 12 pts · Assumption: The option is exercised at a valuation of €4bn/);
    expect(legendLabels(region)).toContain('Cost of 12 points more at €4bn (Modelled)');
    const note = within(region).getByText(/^Formula:/, { selector: 'p' });
    expect(note).toHaveTextContent(/^Formula: €4bn × 12 pts\W*Modelled Assumption: €4bn\W*Modelled$/);
  });

  it('offers the 2014 filing cap as a reported upper bound in dollars, and models the cost at it', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(`${DEAL}?currency=USD`);
    const region = await chart('Option what-if');
    await user.click(within(region).getByRole('button', { name: /^2014 filing cap: at most US\$5\.5bn/ }));
    expect(within(region).getByRole('textbox', { name: /Valuation/ })).toHaveValue('5.5');
    expect(tableRows(region)[3].slice(0, 3)).toEqual([
      'At most: cost of 12 points more at the cap of US$5.5bn',
      'about US$660m',
      'Modelled: US$5.5bn × 12 pts · Assumption: The 2014 filing’s cap, US$5.5bn, is used as the price at exercise. It is an upper bound: the filing sets the lower of 15% below the IPO price or this valuation.',
    ]);
    expect(location().search).toBe('?currency=USD&valuation=5.5');
    expect(within(region).getByText(/^Reported later: .*\(Barron's, 18 Mar 2014\)$/)).toBeInTheDocument();
    expect(bars(region, 'bar-option')).toHaveLength(2);
  });

  it('in the euro view, choosing the 2014 cap turns the what-if to dollars rather than converting it', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(DEAL);
    const region = await chart('Option what-if');
    await user.click(await within(region).findByRole('button', { name: /^2014 filing cap: at most US\$5\.5bn/ }));
    await waitFor(() => expect(location().search).toBe('?currency=USD&valuation=5.5'));
    expect(tableRows(region)[3].slice(0, 2)).toEqual([
      'At most: cost of 12 points more at the cap of US$5.5bn',
      'about US$660m',
    ]);
  });
});
