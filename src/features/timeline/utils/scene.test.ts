// @vitest-environment node
import { seedIn, syntheticEventsIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../../../mocks/data/synthetic';
import type { EventKind } from '../../../lib/schemas';
import { textWidth } from '../../../lib/text-width';
import { eventsInRange, extentOf, indexEvents, type IndexedEvent } from './event-index';
import { KINDS } from './kinds';
import { placeLabels, type LabelRequest, type Obstacle, type PlacedLabel } from './label-placement';
import { buildTimelineScene, type TimelineScene } from './scene';
import { fitRange, span, toDay, type Range } from './time-scale';
import { zoomStep } from './zoom';

const seed = indexEvents(seedIn('en').events);
const NAMES = Object.fromEntries(KINDS.map((k) => [k, k])) as Record<EventKind, string>;
const fit = fitRange(extentOf(seed)!);

const scene = (events: IndexedEvent[], range: Range, width: number, selectedId: string | null = null) =>
  buildTimelineScene({ events, range, width, lanes: KINDS, laneNames: NAMES, locale: 'en', selectedId });

/** Every two labels on one row of one lane keep apart; every label stays in the plot. */
function expectNoOverlaps(labels: { x0: number; x1: number; row: number }[], width: number, obstacles: Obstacle[]) {
  for (const a of labels) {
    expect(a.x0).toBeGreaterThanOrEqual(0);
    expect(a.x1).toBeLessThanOrEqual(width);
    for (const b of labels) if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    if (a.row === 0) for (const o of obstacles) expect(a.x1 <= o.x0 || o.x1 <= a.x0).toBe(true);
  }
}

function sceneLabelsOverlap(s: TimelineScene) {
  for (const a of s.labels)
    for (const b of s.labels)
      if (a !== b && a.kind === b.kind && a.y === b.y) expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
}

describe('label placement', () => {
  const request = (id: string, x: number, text: string): LabelRequest => ({
    id,
    mark: { x0: x - 7, x1: x + 7 },
    texts: [`${text} · 29 Apr 2013`, text],
    full: text,
  });

  it('places labels beside their marks, then below, and never on top of each other or a mark', () => {
    const requests = [request('a', 20, 'Alibaba buys in'), request('b', 200, 'Sina denies'), request('c', 230, 'More')];
    const marks = requests.map((r) => r.mark);
    const { placed, hidden } = placeLabels(marks, requests, { width: 400, rows: 2, fontSize: 11, gap: 8 });
    expect(hidden).toEqual([]);
    expect(placed.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect(placed.find((p) => p.id === 'a')!.row).toBe(0);
    expectNoOverlaps(placed, 400, marks);
  });

  it('shortens a title with an ellipsis where it cannot fit, and keeps the full title', () => {
    const long = request('a', 10, 'Weibo announces 500 million registered users');
    const { placed } = placeLabels([long.mark], [long], { width: 120, rows: 2, fontSize: 11, gap: 8 });
    expect(placed).toHaveLength(1);
    expect(placed[0].truncated).toBe(true);
    expect(placed[0].text.endsWith('…')).toBe(true);
    expect(placed[0].full).toBe('Weibo announces 500 million registered users');
    expect(textWidth(placed[0].text, 11)).toBeLessThanOrEqual(120);
  });

  it('counts what has no room as hidden: every request is placed or counted, once', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 100; round += 1) {
      const width = 60 + Math.floor(random() * 900);
      const count = 1 + Math.floor(random() * 30);
      const requests = Array.from({ length: count }, (_, i) =>
        request(`e${i}`, Math.floor(random() * width), 'x'.repeat(1 + Math.floor(random() * 40))),
      );
      const marks = requests.map((r) => r.mark);
      const options = { width, rows: 2, fontSize: 11, gap: 8 };
      const first = placeLabels(marks, requests, options);
      const ids = [...first.placed.map((p: PlacedLabel) => p.id), ...first.hidden].sort();
      expect(ids).toEqual(requests.map((r) => r.id).sort());
      expectNoOverlaps(first.placed, width, marks);
      // Deterministic: the same requests give the same places.
      expect(placeLabels(marks, requests, options)).toEqual(first);
    }
  });
});

describe('the timeline scene', () => {
  it('labels every event of the seed deal at "Fit all" on a 1280 px page', () => {
    const s = scene(seed, fit, 1280 - 2 * 16);
    expect(s.hidden).toBe(0);
    expect(s.labels.map((l) => l.eventId).sort()).toEqual(seed.map((e) => e.event.id).sort());
    expect(s.labels.every((l) => !l.truncated)).toBe(true);
    sceneLabelsOverlap(s);
    // The two moves of SINA's shares share a day: one cluster, both titles on the axis.
    const market = s.marks.filter((m) => m.kind === 'market');
    expect(market).toHaveLength(1);
    expect(market[0].members?.map((e) => e.id)).toEqual(['market-open-2013-04-29', 'market-close-2013-04-29']);
  });

  it('keeps the deal readable at 320 px and counts the rest', () => {
    const s = scene(seed, fit, 320 - 2 * 16);
    expect(s.labels.length + s.hidden).toBe(seed.length);
    const deal = s.labels.find((l) => l.eventId === 'deal-2013-04-29');
    expect(deal).toBeDefined();
    sceneLabelsOverlap(s);
    for (const l of s.labels) expect(l.x + l.width).toBeLessThanOrEqual(s.plotWidth);
  });

  it('gives the selected event its title first', () => {
    const narrow = scene(seed, fit, 300, 'market-close-2013-04-29');
    expect(narrow.labels.some((l) => l.eventId === 'market-close-2013-04-29' && l.selected)).toBe(true);
  });

  it('labels clusters, not 10,000 marks', () => {
    const events = indexEvents(syntheticEventsIn(10_000, 42));
    const range = fitRange(extentOf(events)!);
    const s = scene(events, range, 1200);
    expect(s.marks.length).toBeLessThan(6 * 60);
    expect(s.labels.length).toBeLessThanOrEqual(s.marks.length);
    expect(s.labels.length + s.hidden).toBe(10_000);
    expect(s.marks.reduce((n, m) => n + m.count, 0)).toBe(10_000);
  });
});

describe('zoom steps', () => {
  it('never lands in a view without events, however often "+" is pressed from "Fit all"', () => {
    let range = fit;
    for (let i = 0; i < 12; i += 1) {
      range = zoomStep(range, 0.5, fit, seed, null);
      expect(eventsInRange(seed, range).length, `after ${i + 1} steps`).toBeGreaterThan(0);
    }
  });

  it('zooms around the selected event, which stays in view', () => {
    let range = fit;
    for (let i = 0; i < 6; i += 1) {
      range = zoomStep(range, 0.5, fit, seed, 'denial-2013-02');
      expect(eventsInRange(seed, range).map((e) => e.event.id)).toContain('denial-2013-02');
    }
    expect(span(range)).toBeLessThan(span(fit) / 30);
  });

  it('zooms out around the events too, up to everything', () => {
    const week = { start: toDay('2013-04-26'), end: toDay('2013-05-03') };
    const out = zoomStep(week, 2, fit, seed, null);
    expect(span(out)).toBe(14);
    expect(eventsInRange(seed, out).map((e) => e.event.id)).toContain('deal-2013-04-29');
  });
});
