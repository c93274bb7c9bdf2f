import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadApp, renderRoute } from '../../../../test/render';

const PAGE = '/deals/alibaba-sina-weibo-2013/timeline';

async function list() {
  return screen.findByRole('listbox', { name: 'Events in view' });
}
const titles = (listbox: HTMLElement) =>
  within(listbox)
    .getAllByRole('option')
    .map((o) => o.querySelector('.timeline-option__title')?.textContent);

// The pages' code loads before the first test, not inside its time (test/render.tsx).
beforeAll(preloadApp);

describe('timeline page', () => {
  it('tells the story in order, rumour to filing, each with its source', async () => {
    renderRoute(PAGE);
    const listbox = await list();
    expect(titles(listbox)).toEqual([
      'Rumours of a 15–20% Alibaba stake in Sina',
      'Sina reports over 400m registered Weibo users',
      'Sina denies the rumour',
      'Weibo announces 500m registered users',
      'Alibaba buys a stake in Sina Weibo for €450m',
      'SINA shares open about 19% higher',
      'SINA shares close up 9.3% at US$55.03',
      'Weibo’s IPO filing discloses the option’s terms',
    ]);
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Rumour · Nov 2012');
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('silicon.de, line 5');
  });

  it('filters by kind and keeps the filter in the address', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(PAGE);
    await list();
    await user.click(screen.getByRole('checkbox', { name: /Market/ }));
    await user.click(screen.getByRole('checkbox', { name: /Filing/ }));
    expect(titles(await list())).toHaveLength(5);
    expect(new URLSearchParams(location().search).get('kinds')).toBe('rumour,denial,results,announcement');
    expect(document.querySelector('.timeline__subtitle')).toHaveTextContent('· 5 of 8 events');
  });

  it('opens an event’s detail with the English summary, the German original and the source line', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(PAGE);
    const listbox = await list();
    await user.click(within(listbox).getByText('Sina denies the rumour'));
    const detail = screen.getByRole('region', { name: 'Sina denies the rumour' });
    expect(detail).toHaveTextContent('Sina says explicitly that the rumour is false');
    expect(within(detail).getByText(/Noch im Februar kommentierte Sina ausdrücklich/)).toHaveAttribute('lang', 'de');
    expect(detail).toHaveTextContent('silicon.de (German article, undated) · primary source · line 5');
    expect(detail).toHaveTextContent('Feb 2013 (known to the month only)');
    expect(new URLSearchParams(location().search).get('event')).toBe('denial-2013-02');
    expect(screen.getByRole('heading', { name: 'Sina denies the rumour' })).toHaveFocus();
  });

  it('walks the list with the keyboard and opens an event with Enter', async () => {
    const user = userEvent.setup();
    renderRoute(PAGE);
    const listbox = await list();
    listbox.focus();
    await user.keyboard('{End}{ArrowUp}{Enter}');
    const detail = await screen.findByRole('region', { name: 'SINA shares close up 9.3% at US$55.03' });
    expect(detail).toHaveTextContent("Change in SINA's share price at the close: 9.3%");
    expect(detail).toHaveTextContent('Forbes (English article, reposted, undated) · secondary source');
  });

  it('lists the deal’s figures an event names, with their status', async () => {
    renderRoute(`${PAGE}?event=deal-2013-04-29`);
    const detail = await screen.findByRole('region', { name: 'Alibaba buys a stake in Sina Weibo for €450m' });
    expect(detail).toHaveTextContent('Price paid: €450m');
    expect(detail).toHaveTextContent('Stake acquired: about 18%');
  });

  it('shows only what was public on the chosen day', async () => {
    renderRoute(`${PAGE}?asof=2012-12-01`);
    expect(titles(await list())).toEqual([
      'Rumours of a 15–20% Alibaba stake in Sina',
      'Sina reports over 400m registered Weibo users',
    ]);
    expect(screen.getByText('Showing only what was public on 1 Dec 2012.')).toBeInTheDocument();
  });

  it('zooms in and out with the buttons and the keyboard, and fits everything again', async () => {
    const user = userEvent.setup();
    renderRoute(PAGE);
    await list();
    const subtitle = () => document.querySelector('.timeline__subtitle')?.textContent;
    const wide = subtitle();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomed = subtitle();
    expect(zoomed).not.toBe(wide);
    screen.getByRole('application').focus();
    await user.keyboard('{ArrowRight}');
    expect(subtitle()).not.toBe(zoomed);
    await user.keyboard('-');
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(subtitle()).toMatch(/8 of 8 events/);
  });

  it('restores range, kinds and selection from the address', async () => {
    renderRoute(`${PAGE}?from=2013-02-01&to=2013-05-31&kinds=denial,announcement,market&event=users-2013-02`);
    const listbox = await list();
    expect(titles(listbox)).toEqual([
      'Sina denies the rumour',
      'Weibo announces 500m registered users',
      'Alibaba buys a stake in Sina Weibo for €450m',
      'SINA shares open about 19% higher',
      'SINA shares close up 9.3% at US$55.03',
    ]);
    expect(document.querySelector('.timeline__subtitle')).toHaveTextContent('1 Feb 2013 – 31 May 2013');
    expect(screen.getByRole('region', { name: 'Weibo announces 500m registered users' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Rumour/ })).not.toBeChecked();
  });

  it('falls back to defaults with a visible notice for malformed values, and still works', async () => {
    renderRoute(`${PAGE}?from=2013-99-01&kinds=<script>alert(1)</script>&event=../../etc&asof=tomorrow`);
    const notice = await screen.findByText(/Some values in the address could not be used/);
    expect(notice).toHaveTextContent('from=“2013-99-01”');
    expect(notice).toHaveTextContent('asof=“tomorrow”');
    expect(document.querySelector('script')).toBeNull();
    await waitFor(async () => expect(titles(await list())).toHaveLength(8));
  });
});

describe('known as of, across the dashboard', () => {
  it('on 2012-12-01 shows the rumour and the 400M users, and says the deal’s figures were not public yet', async () => {
    renderRoute('/deals/alibaba-sina-weibo-2013?asof=2012-12-01');
    const price = await screen.findByRole('article', { name: 'Price paid' });
    expect(price).toHaveTextContent('Not public yet on 1 Dec 2012.');
    const users = screen.getByRole('article', { name: 'Registered Weibo users' });
    expect(await within(users).findByText('400m+')).toBeInTheDocument();
    expect(users).not.toHaveTextContent('500m');
    const valuation = screen.getByRole('region', { name: 'Price and valuation' });
    expect(valuation).toHaveTextContent('Not public yet on 1 Dec 2012.');
    expect(screen.getByText('Rumoured')).toBeInTheDocument();
  });

  it('from 2013-04-29 shows the deal', async () => {
    renderRoute('/deals/alibaba-sina-weibo-2013?asof=2013-04-29');
    const price = await screen.findByRole('article', { name: 'Price paid' });
    expect(within(price).getByText('€450m')).toBeInTheDocument();
    expect(screen.getByText('Announced')).toBeInTheDocument();
  });
});
