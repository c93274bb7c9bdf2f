import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { preloadApp, renderRoute } from '../../../test/render';

const SEED_NAME = 'Alibaba takes a stake in Sina Weibo';

// The pages' code loads before the first test, not inside its time (test/render.tsx).
beforeAll(preloadApp);

describe('the deals index page', () => {
  it('lists the seed deal, counts what it shows, and links the deal’s dashboard', async () => {
    renderRoute('/deals');
    const table = await screen.findByRole('table', { name: /Tracked deals/ });
    const link = within(table).getByRole('link', { name: SEED_NAME });
    expect(link).toHaveAttribute('href', '/deals/alibaba-sina-weibo-2013');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    // Said politely to a screen reader, whenever the count changes.
    expect(screen.getByText('Showing 1 of 4 deals')).toHaveAttribute('role', 'status');
    expect(within(table).getByRole('columnheader', { name: /Announced/ })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: /Deal/ })).not.toHaveAttribute('aria-sort');
  });

  it('keeps the search in the address as the reader types', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/deals?generated=1');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search names and parties' }), 'weibo');
    expect(location().search).toBe('?generated=1&q=weibo');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });

  it('says so when no deal is tracked', async () => {
    server.use(http.get('/api/deals', () => HttpResponse.json({ deals: [] })));
    renderRoute('/deals');
    expect(await screen.findByText('No deals are tracked yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('names what failed and offers to try again', async () => {
    server.use(
      http.get('/api/deals', () =>
        HttpResponse.json({ error: { code: 'boom', message: 'The store is down.' } }, { status: 500 }),
      ),
    );
    renderRoute('/deals');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the list of deals.');
    expect(alert).toHaveTextContent('The store is down.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
