// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { MetricIdSchema } from '../../lib/schemas';
import { widgetState } from '../embed/embed-urls';
import { WIDGET_TABLE } from '../site';
import { WIDGET_IDS, WIDGETS, type AddressKey } from './registry';
import { isWidgetId, pageQueries, WIDGET_EVENTS, WIDGET_METRICS } from './widget-queries';
import { loadGerman } from '../../../test/german';

loadGerman();

// Every key a view's address may hold, each set away from its default, so that a widget's embed
// shows exactly the keys it carries.
const EVERY_KEY: Record<AddressKey, string> = {
  asof: '2013-04-29',
  currency: 'USD',
  profile: 'ramp-up',
  valuation: '5.5',
  from: '2013-01-01',
  to: '2013-06-30',
  kinds: 'denial',
  event: 'denial-2013-02',
};

describe('the widget registry', () => {
  it("holds each row of the routes and widgets table (site.ts), in the table's order, with its loader", () => {
    expect(Object.keys(WIDGETS)).toEqual(WIDGET_IDS);
    for (const id of WIDGET_IDS) expect(WIDGETS[id]).toMatchObject(WIDGET_TABLE[id]);
  });

  it.each(WIDGET_IDS)('%s has a title and a name for its states, in English and German', (id) => {
    const { title, what } = WIDGETS[id];
    for (const key of [title, what]) {
      expect(translate('en', key), key).not.toBe(key);
      expect(translate('de', key), key).not.toBe(translate('en', key));
    }
  });

  it.each(WIDGET_IDS)('%s asks for its deal first, then its events or metrics the contract knows', (id) => {
    const [first, ...rest] = WIDGETS[id].queries;
    expect(first).toEqual({ endpoint: 'deal' });
    for (const query of rest) {
      expect(['events', 'metric']).toContain(query.endpoint);
      if (query.endpoint === 'metric') expect(MetricIdSchema.options).toContain(query.metric);
    }
  });

  it.each(WIDGET_IDS)("%s's embed carries its entry's address keys, each one the view writes", (id) => {
    const carried = [...widgetState(new URLSearchParams(EVERY_KEY), id).keys()];
    expect(carried.sort()).toEqual([...WIDGETS[id].carries].sort());
    expect(WIDGETS[id].carries).toContain('asof');
  });

  it.each(WIDGET_IDS)('%s has an embed height in whole pixels, between a card and a tall panel', (id) => {
    const height = WIDGETS[id].embedHeight;
    expect(Number.isInteger(height)).toBe(true);
    expect(height).toBeGreaterThanOrEqual(200);
    expect(height).toBeLessThanOrEqual(2000);
  });

  it('links the timeline back to its own page and every other widget to the dashboard', () => {
    for (const id of WIDGET_IDS) expect(WIDGETS[id].fullView).toBe(id === 'timeline' ? 'timeline' : 'deal');
  });

  it.each(WIDGET_IDS)('%s loads a component', async (id) => {
    const { default: component } = await WIDGETS[id].load();
    expect(typeof component).toBe('function');
  });
});

describe('the queries the early requests and the prefetching read (widget-queries.ts)', () => {
  it("are the table's, widget by widget", () => {
    expect(Object.keys(WIDGET_METRICS)).toEqual(WIDGET_IDS);
    for (const id of WIDGET_IDS) {
      const queries = [
        { endpoint: 'deal' },
        ...(WIDGET_EVENTS.includes(id) ? [{ endpoint: 'events' }] : []),
        ...WIDGET_METRICS[id].map((metric) => ({ endpoint: 'metric', metric })),
      ];
      expect(queries, id).toEqual(WIDGETS[id].queries);
    }
  });

  it('ask once for each thing a page needs: the dashboard for its deal, events and users, the timeline for its deal and events', () => {
    const users = { endpoint: 'metric', metric: 'registered-users' };
    const events = { endpoint: 'events' };
    expect(pageQueries()).toEqual([{ endpoint: 'deal' }, events, users]);
    expect(pageQueries(['timeline'])).toEqual([{ endpoint: 'deal' }, events]);
    expect(pageQueries(['stake'])).toEqual([{ endpoint: 'deal' }]);
    expect(pageQueries(['kpis', 'users'])).toEqual([{ endpoint: 'deal' }, users]);
    expect(pageQueries([])).toEqual([{ endpoint: 'deal' }]);
  });

  it('know a widget id only when it is exactly one', () => {
    expect(WIDGET_IDS.every(isWidgetId)).toBe(true);
    for (const bad of ['', 'KPIS', '../kpis', 'timeline/../x', 'constructor', '__proto__', 'toString', undefined]) {
      expect(isWidgetId(bad), String(bad)).toBe(false);
    }
  });
});
