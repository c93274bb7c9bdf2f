import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/lib/api-client';
import { apiPaths, SEED_DEAL_ID } from '../../src/lib/api-paths';
import { EventListSchema } from '../../src/lib/schemas';
import { mockDeals } from '../data';

// The handlers keep each deal's sorted events and answers between requests (the dev server's mocks
// and the stand-in alike): kept by the deal object, so a reloaded deal file is never served stale.
describe('the events endpoint, answered from what it keeps', () => {
  const events = (query = '') => apiGet(`${apiPaths.events(SEED_DEAL_ID)}${query}`, EventListSchema);

  it('answers a second request as the first, and a filtered one from the same sorted events', async () => {
    const first = await events();
    expect(await events()).toEqual(first);
    const rumours = await events('?kinds=rumour');
    expect(rumours.events).toEqual(first.events.filter((e) => e.kind === 'rumour'));
    expect(rumours.events.length).toBeGreaterThan(0);
  });

  it('answers a changed deal (a reloaded deal file is a new object) from its own events', async () => {
    const before = await events();
    const entry = mockDeals[SEED_DEAL_ID];
    const [dropped, ...kept] = entry.deal.events;
    mockDeals[SEED_DEAL_ID] = { ...entry, deal: { ...entry.deal, events: kept } };
    try {
      const after = await events();
      expect(after.events.map((e) => e.id)).toEqual(before.events.map((e) => e.id).filter((id) => id !== dropped.id));
    } finally {
      mockDeals[SEED_DEAL_ID] = entry;
    }
  });
});
