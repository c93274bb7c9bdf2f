import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { timelinePermalink } from '../features/timeline/utils/permalink';
import { pageAt, prerenderedPages } from './pages';
import { paths, SEED_DEAL_ID } from './paths';
import { ROUTES, routeAt, WIDGET_IDS, type RouteId } from './site';

// Addresses of every kind, canonical and odd, that the router and pageAt must read alike.
const ADDRESSES = [
  '/',
  '/deals',
  '/deals/',
  '/DEALS',
  '/deals/d1',
  '/deals/d1/',
  '/Deals/D1',
  '/deals/a%20b%2Fc',
  '/deals/d1/timeline',
  '/deals/d1/timeline/',
  '/deals/d1/Timeline',
  '/deals/d1/timeline/more',
  '/deals/d1/other',
  '/deals//timeline',
  '//deals/d1',
  '/embed',
  '/embed/d1',
  '/embed/d1/kpis',
  '/embed/d1/nope',
  '/embed/d1/stake/more',
  '/elsewhere/x',
  '/deals/%E0%A4%A',
];

describe('pageAt', () => {
  it('reads each page of the routes table from its address', () => {
    expect(pageAt('/')).toEqual({ kind: 'dashboard', dealId: SEED_DEAL_ID });
    expect(pageAt('/deals')).toEqual({ kind: 'index' });
    expect(pageAt('/deals/d1')).toEqual({ kind: 'dashboard', dealId: 'd1' });
    expect(pageAt('/deals/d1/timeline')).toEqual({ kind: 'timeline', dealId: 'd1', widgets: ['timeline'] });
    expect(pageAt('/embed/d1/stake')).toEqual({ kind: 'embed', dealId: 'd1', widgets: ['stake'] });
  });

  it('reads the same page under the German prefix', () => {
    expect(pageAt('/de')).toEqual(pageAt('/'));
    for (const path of ['/deals', '/deals/d1', '/deals/d1/timeline', '/embed/d1/users']) {
      expect(pageAt(`/de${path}`), path).toEqual(pageAt(path));
    }
  });

  it('decodes the deal id once', () => {
    expect(pageAt('/deals/a%20b%2Fc')).toEqual({ kind: 'dashboard', dealId: 'a b/c' });
    expect(pageAt('/embed/a%2541/kpis')).toEqual({ kind: 'embed', dealId: 'a%41', widgets: ['kpis'] });
  });

  it('still names the deal of an embed of an unknown widget, with no widget to ask for', () => {
    expect(pageAt('/embed/d1/nope')).toEqual({ kind: 'embed', dealId: 'd1', widgets: [] });
    expect(pageAt('/embed/d1/constructor')).toEqual({ kind: 'embed', dealId: 'd1', widgets: [] });
  });

  it('knows no page at an address no route matches, or one it cannot decode', () => {
    for (const path of ['/deals/d1/other', '/deals/d1/timeline/more', '/embed/d1', '/elsewhere/x', '/deals/%E0%A4%A']) {
      expect(pageAt(path), path).toBeNull();
    }
  });
});

describe('the routes table, as the router and pageAt read it', () => {
  it('matches each address to the route wouter matches it to, with the same parameters', () => {
    for (const address of ADDRESSES) {
      const byWouter = (Object.keys(ROUTES) as RouteId[]).flatMap((route) => {
        const [matched, params] = matchRoute(parse, ROUTES[route].path, address);
        return matched ? [{ route, params: { ...params } }] : [];
      });
      // No two routes of the table match one address: the router's order cannot matter.
      expect(byWouter.length, address).toBeLessThanOrEqual(1);
      const found = routeAt(address);
      expect(found?.route, address).toBe(byWouter[0]?.route);
      // wouter's params also hold the captures by position ("0", "1"); pageAt reads them by name.
      if (found) expect(byWouter[0]!.params, address).toMatchObject(found.params);
    }
  });

  it('gives the router every path it routes, from the table', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/app/router.tsx'), 'utf8');
    const routed = [...source.matchAll(/<Route path=\{([^}]*)\}/g)].map((m) => m[1]);
    expect(routed.sort()).toEqual(
      Object.keys(ROUTES)
        .map((id) => `ROUTES.${id}.path`)
        .sort(),
    );
    // The only <Route> without a path is the router's "not found".
    expect(source.match(/<Route path="/g)).toBeNull();
  });

  it('writes each address by its route', () => {
    expect(paths.index()).toBe('/deals');
    expect(paths.deal('a b/c')).toBe('/deals/a%20b%2Fc');
    expect(paths.timeline('d1')).toBe('/deals/d1/timeline');
    expect(paths.embed('d1', 'kpis')).toBe('/embed/d1/kpis');
    for (const path of [paths.index(), paths.deal('a b/c'), paths.timeline('d1'), paths.embed('d1', 'stake')]) {
      expect(pageAt(path), path).not.toBeNull();
    }
  });

  it("gives the timeline's permalink (its files and images) the address of the timeline's route", () => {
    const view = { from: null, to: null, kinds: null, event: null };
    const permalink = new URL(timelinePermalink('https://x.test', 'a b/c', view, null, 'en'));
    expect(permalink.pathname).toBe(paths.timeline('a b/c'));
    expect(pageAt(permalink.pathname)).toEqual({ kind: 'timeline', dealId: 'a b/c', widgets: ['timeline'] });
  });
});

describe('prerenderedPages', () => {
  it('draws the index once, and per deal its dashboard, its timeline and an embed of each widget, in each language', () => {
    const pages = prerenderedPages(['d1', 'd2']);
    const english = [
      '/deals',
      ...['d1', 'd2'].flatMap((id) => [
        `/deals/${id}`,
        `/deals/${id}/timeline`,
        ...WIDGET_IDS.map((widget) => `/embed/${id}/${widget}`),
      ]),
    ];
    expect(pages).toEqual([...english, ...english.map((path) => `/de${path}`)]);
  });

  it('draws pages pageAt knows, each of the kind its route says', () => {
    const kinds = prerenderedPages(['d1']).map((path) => pageAt(path)?.kind);
    expect(new Set(kinds)).toEqual(new Set(['index', 'dashboard', 'timeline', 'embed']));
  });
});
