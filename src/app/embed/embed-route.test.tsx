import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../../test/render';
import { ApiUnavailableError, httpTransport, setTransport } from '../../lib/api-client';
import { API_BASE_URL } from '../../lib/api-paths';

const EMBED = '/embed/alibaba-sina-weibo-2013/kpis';
const BLOCKED = 'SecurityError: Access is denied for this document.';

describe('an embed whose API cannot be reached', () => {
  afterEach(() => setTransport(httpTransport(API_BASE_URL)));

  it('says the mocked API could not start in its frame, and what to run, never that the deal is missing', async () => {
    setTransport(async () => {
      throw new ApiUnavailableError(BLOCKED);
    });
    renderRoute(EMBED);
    expect(
      await screen.findByText(
        `The mocked API could not start in this frame (${BLOCKED}), and the server does not answer the API: this widget has no data, which says nothing about the deal. Embed it from npm run dev (its server answers the API) or from npm run build && npm run preview (prerendered embeds), or build it for a backend (VITE_API_BASE_URL).`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/There is no deal/)).toBeNull();
  });

  it('says so in German on a German embed', async () => {
    setTransport(async () => {
      throw new ApiUnavailableError(BLOCKED);
    });
    renderRoute(EMBED, { locale: 'de' });
    expect(await screen.findByText(/^Die Ersatz-API konnte in diesem Rahmen nicht starten/)).toBeInTheDocument();
    expect(screen.queryByText(/Es gibt keinen Deal/)).toBeNull();
  });

  it('does not read a server’s own 404 page (no API there) as “no such deal”', async () => {
    server.use(
      http.get(
        '/api/deals/:dealId',
        () =>
          new HttpResponse('<!doctype html><title>Not found</title>', {
            status: 404,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    renderRoute(EMBED);
    expect(await screen.findAllByText(/answered 404/)).not.toHaveLength(0);
    expect(screen.queryByText(/There is no deal/)).toBeNull();
  });

  it('still says the deal is missing when the API itself says so', async () => {
    renderRoute('/embed/no-such-deal/kpis');
    expect(await screen.findByText('There is no deal with the id “no-such-deal”.')).toBeInTheDocument();
  });
});
