// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { Transport } from '../lib/api-client';

// The mocked API as a stand-in that answers an empty list, and records who started it.
const startMockedApi = vi.hoisted(() => vi.fn());
vi.mock('../../mocks/start', () => ({ startMockedApi }));
const mocked: Transport = async () => HttpResponse.json({ deals: [] });

// startApi chooses once per page: each test loads a fresh copy of the modules.
async function fresh() {
  vi.resetModules();
  startMockedApi.mockReset().mockReturnValue({ transport: mocked, answersEarly: false });
  const [{ startApi }, { apiGet }, { DealListSchema }] = await Promise.all([
    import('./start-api'),
    import('../lib/api-client'),
    import('../lib/schemas'),
  ]);
  return { startApi, apiGet, DealListSchema };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('startApi: how the page reaches the API', () => {
  it('asks the backend a build was made for (VITE_API_BASE_URL), and starts no mocks', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'https://api.example/');
    const origins: string[] = [];
    server.use(
      http.get('https://api.example/api/deals', ({ request }) => {
        origins.push(new URL(request.url).origin);
        return HttpResponse.json({ deals: [] });
      }),
    );
    const { startApi, apiGet, DealListSchema } = await fresh();
    expect(startApi('?mock=error')).toEqual({ answersEarly: true });
    expect(await apiGet('/api/deals', DealListSchema)).toEqual({ deals: [] });
    expect(origins).toEqual(['https://api.example']);
    expect(startMockedApi).not.toHaveBeenCalled();
  });

  it('otherwise hands the client the mocked API, chosen once for both entries', async () => {
    const { startApi, apiGet, DealListSchema } = await fresh();
    expect(startApi('?mock=error:deal')).toEqual({ answersEarly: false });
    expect(startApi('')).toEqual({ answersEarly: false });
    expect(startMockedApi.mock.calls).toEqual([['?mock=error:deal']]);
    // The mocked transport answers; the page's own origin is not asked (MSW would refuse it here).
    server.use(http.get('/api/deals', () => HttpResponse.json({ deals: [{ id: 42 }] })));
    expect(await apiGet('/api/deals', DealListSchema)).toEqual({ deals: [] });
  });
});
