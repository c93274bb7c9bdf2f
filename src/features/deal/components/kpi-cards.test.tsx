import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockDeals } from '../../../../mocks/data';
import { server } from '../../../../mocks/node';
import { preloadApp, renderRoute } from '../../../../test/render';

const DEAL = '/deals/alibaba-sina-weibo-2013';

async function card(name: string) {
  return screen.findByRole('article', { name });
}

// The pages' code loads before the first test, not inside its time (test/render.tsx).
beforeAll(preloadApp);

describe('KPI cards', () => {
  it('show the four headline figures, each with its status', async () => {
    renderRoute(DEAL);
    const expected = [
      ['Price paid', '€450m'],
      ['Option ceiling', '30%'],
      ['Projected extra revenue', 'about €290m'],
      ['Registered Weibo users', '400m+'],
    ];
    for (const [name, value] of expected) {
      const article = await card(name);
      expect(within(article).getByText(value)).toBeInTheDocument();
      expect(within(article).getAllByText('Reported')[0]).toBeInTheDocument();
    }
    expect(within(await card('Projected extra revenue')).getByText('over 36 months')).toBeInTheDocument();
    // The ceiling is of the fully diluted shares (Xinhua): the card says so.
    expect(within(await card('Option ceiling')).getByText('up to this share, fully diluted')).toBeInTheDocument();
  });

  it('describe the source button with the full citation, the tooltip shown on hover and focus', async () => {
    renderRoute(DEAL);
    const trigger = within(await card('Price paid')).getByRole('button', { name: 'Source: silicon.de, line 1' });
    expect(trigger).toHaveAccessibleDescription('silicon.de (German article, undated) · primary source · line 1');
  });

  it('quote the German words in the details popover, which Escape closes', async () => {
    const user = userEvent.setup();
    renderRoute(DEAL);
    const trigger = within(await card('Projected extra revenue')).getByRole('button', { name: /Source:/ });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: /Projected extra revenue/ });
    expect(dialog).toHaveTextContent(
      'Das soll über die nächsten 36 Monate für etwa 290 Millionen Euro zusätzlichen Umsatz sorgen.',
    );
    expect(dialog).toHaveTextContent('29 Apr 2013');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('list every source of a figure with more than one', async () => {
    const user = userEvent.setup();
    renderRoute(DEAL);
    await user.click(
      within(await card('Option ceiling')).getByRole('button', { name: 'Source: silicon.de, line 3 and 1 more' }),
    );
    const items = within(screen.getByRole('dialog')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('silicon.de'),
      expect.stringContaining('Xinhua via chinadaily.com.cn · title not given · 30 Apr 2013 · secondary source'),
    ]);
  });

  it('show the later, secondary user figure beside the article figure', async () => {
    renderRoute(DEAL);
    const users = await card('Registered Weibo users');
    expect(await within(users).findByText(/Later: 500m \(Feb 2013, technode\.com\)/)).toBeInTheDocument();
    expect(within(users).getByText('as of Nov 2012')).toBeInTheDocument();
  });

  it('format numbers and labels in German', async () => {
    renderRoute(DEAL, { locale: 'de' });
    const users = await screen.findByRole('article', { name: 'Registrierte Weibo-Nutzer' });
    expect(await within(users).findByText('über 400 Mio.')).toBeInTheDocument();
    expect(within(await card('Kaufpreis')).getByText(/450 Mio\.\s€/)).toBeInTheDocument();
  });

  it('keep the other cards while the users card loads, and say what it waits for', async () => {
    server.use(http.get('/api/deals/:dealId/metrics/:metric', () => delay('infinite')));
    renderRoute(DEAL);
    await card('Price paid');
    expect(within(await card('Registered Weibo users')).getByRole('status')).toHaveTextContent(
      'Loading the user figures',
    );
  });

  it('show an error with a retry on the users card alone, and recover when the fault is gone', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('/api/deals/:dealId/metrics/:metric', () => {
        calls += 1;
        return HttpResponse.json({ error: { code: 'boom', message: 'The metrics store is down.' } }, { status: 500 });
      }),
    );
    renderRoute(DEAL);
    const users = await card('Registered Weibo users');
    const alert = await within(users).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the user figures.');
    expect(alert).toHaveTextContent('The metrics store is down.');
    // A 5xx may pass: the first attempt and two retries.
    expect(calls).toBe(3);
    expect(within(await card('Price paid')).getByText('€450m')).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(users).findByText('400m+')).toBeInTheDocument();
  });
});

describe('the dashboard page', () => {
  it('opens the seed deal at /', async () => {
    const { location } = renderRoute('/');
    await card('Price paid');
    expect(location().pathname).toBe(DEAL);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Alibaba takes a stake in Sina Weibo');
  });

  it('shows a not-found page for an unknown deal, asking the API once', async () => {
    let calls = 0;
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/deals/unknown-deal') calls += 1;
    });
    renderRoute('/deals/unknown-deal');
    expect(await screen.findByRole('heading', { name: 'Deal not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no deal with the id “unknown-deal”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open the Alibaba–Sina Weibo deal/ })).toHaveAttribute('href', DEAL);
    expect(calls).toBe(1);
    server.events.removeAllListeners();
  });

  it('names the broken field of a malformed deal and does not draw wrong figures', async () => {
    const real = mockDeals['alibaba-sina-weibo-2013'].deal;
    server.use(
      http.get('/api/deals/:dealId', () =>
        HttpResponse.json({ ...real, parties: { ...real.parties, acquirer: { name: 42 } } }),
      ),
    );
    const { container } = renderRoute(DEAL);
    // Every widget that needs the deal says so on its own; none draws a figure.
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('Could not load the deal.');
    for (const alert of alerts) expect(alert).toHaveTextContent('parties.acquirer.name');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(container.querySelector('.recharts-surface')).toBeNull();
  });

  it('shows a network failure with a retry that recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('/api/deals/:dealId', () => HttpResponse.error()));
    renderRoute(DEAL);
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent(/Could not reach/);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(4));
  });

  it('shows a not-found page for an address that is no page', async () => {
    renderRoute('/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: 'There is no page at this address.' })).toBeInTheDocument();
  });

  it('show the cooperation’s four areas and Charles Chao’s comment, each with the German original and its line', async () => {
    renderRoute(DEAL);
    const areas = await screen.findByRole('region', { name: 'Cooperation areas' });
    expect(
      within(areas)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Link user accounts „Nutzerkonten verbinden“',
      'Online payments „bei Online-Bezahlmöglichkeiten kooperieren“',
      'Marketing „im Marketing“',
      'New business models for social commerce „bei der Suche nach neuen Geschäftsmodellen für Social Commerce“',
    ]);
    expect(within(areas).getByText('Source: silicon.de, line 2')).toBeInTheDocument();
    const quote = screen.getByRole('region', { name: 'Charles Chao, Chairman and CEO of Sina' });
    expect(quote).toHaveTextContent(
      /E-commerce will play a central role in the future of Sina Weibo['’]s open social platform/,
    );
    expect(quote).toHaveTextContent('Original words (German)');
    expect(quote).toHaveTextContent(
      /„Gemeinsam können wir nicht nur bestehenden Händlern ein einmaliges Angebot machen/,
    );
    expect(within(quote).getByText('Source: silicon.de, line 4')).toBeInTheDocument();
  });

  it('show neither before the deal was announced', async () => {
    renderRoute(`${DEAL}?asof=2013-04-28`);
    await card('Price paid');
    expect(screen.queryByRole('region', { name: 'Cooperation areas' })).toBeNull();
    expect(screen.queryByText(/Charles Chao/)).toBeNull();
  });

  it('say them in German on the German page', async () => {
    renderRoute(`/de${DEAL}`);
    const areas = await screen.findByRole('region', { name: 'Felder der Kooperation' });
    expect(within(areas).getAllByRole('listitem')[0]).toHaveTextContent('Nutzerkonten verbinden');
    expect(within(areas).getByText('Quelle: silicon.de, Zeile 2')).toBeInTheDocument();
    const quote = screen.getByRole('region', { name: 'Charles Chao, Chairman und CEO von Sina' });
    expect(quote).toHaveTextContent('Originalwortlaut (Deutsch)');
    expect(quote).toHaveTextContent(/deshalb sei Alibaba ein natürlicher Partner/);
  });
});
