import { describe, expect, it } from 'vitest';
import { API_ENDPOINTS, apiPaths, SEED_DEAL_ID } from '../../src/lib/api-paths';
import { API_ROOT, isContractPath } from './paths';

// The mocks the app meets in the browser and in tests answer only the contract's exact paths, as
// the stand-in does (http-server.test.ts): a client that asks /api/deals/ or /API/DEALS gets 404
// here, as it would from a strict backend, rather than coming to depend on it.
describe("the mocks answer only the contract's exact paths", () => {
  // The page's own origin, as the app asks it (the handlers' paths are relative to it).
  const get = (path: string) => fetch(new URL(path, location.origin));

  it('answers every path the app builds', async () => {
    for (const path of [
      apiPaths.deals(),
      apiPaths.deal(SEED_DEAL_ID),
      apiPaths.dealKeyEvents(SEED_DEAL_ID),
      apiPaths.events(SEED_DEAL_ID),
      apiPaths.openapi(),
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('refuses a trailing or doubled slash and another case with 404, naming the path and where the API is described', async () => {
    const deal = apiPaths.deal(SEED_DEAL_ID);
    for (const path of [
      `${apiPaths.deals()}/`,
      `${deal}/`,
      deal.replace('/deals/', '/deals//'),
      deal.toUpperCase(),
      `${API_ROOT}/Deals`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toEqual({
        error: { code: 'not_found', message: `No endpoint at ${path}; the API is described at ${apiPaths.openapi()}.` },
      });
    }
  });

  it('reads its root and its paths from the contract', () => {
    for (const { path } of Object.values(API_ENDPOINTS)) expect(path.startsWith(`${API_ROOT}/`), path).toBe(true);
    expect(isContractPath(apiPaths.events(SEED_DEAL_ID))).toBe(true);
    expect(isContractPath(`${apiPaths.events(SEED_DEAL_ID)}/`)).toBe(false);
  });
});
