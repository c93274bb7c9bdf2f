import { formatPartialDate } from '../../../lib/format';
import { textWidth } from '../../../lib/text-width';
import type { Locale } from '../../../lib/i18n';
import type { DealEvent, EventKind } from '../../../lib/schemas';
import { byLane, clusterLane } from './cluster';
import type { IndexedEvent } from './event-index';
import { placeLabels, type LabelRequest, type Obstacle } from './label-placement';
import { axisTicks, type Tick } from './ticks';
import type { Range } from './time-scale';

// The timeline as a picture: every lane, tick, mark and label with its place, computed from the
// events, the range and the size alone. The screen and the exported image draw this one scene,
// so what a reader takes away is what they saw.

/** The lane names' column; the plot starts after it. */
export const LABEL_WIDTH = 112;
/** Room after the plot's last day, so that a mark on it (as-of day, last event) is drawn whole. */
export const PLOT_END_PAD = 14;
const TICK_FONT_SIZE = 12;
export const LANE_HEIGHT = 44;
export const AXIS_HEIGHT = 26;
/** The marker's centre, from the lane's top. */
const MARK_Y = 15;
/** Baselines of the label rows, from the marker's centre: beside the mark, then below it. */
const ROW_BASELINES = [4, 20];
export const LABEL_FONT_SIZE = 11;
export const LANE_NAME_SIZE = 12;
const MARKER_RADIUS = 7;
/** Marks at least this far apart: at 1,000 px a lane holds at most 50 of them, whatever the event count. */
export const CLUSTER_GAP = 20;
const LABEL_GAP = 8;

/** Which titles win when space is short: the deal itself first, the market's moves last. */
const KIND_PRIORITY: Record<EventKind, number> = {
  announcement: 0,
  denial: 1,
  rumour: 2,
  filing: 3,
  results: 4,
  market: 5,
};

export interface SceneLane {
  kind: EventKind;
  name: string;
  /** The name's width, for the plate under it. */
  nameWidth: number;
  top: number;
  /** The marker line. */
  y: number;
}

export interface SceneMark {
  key: string;
  kind: EventKind;
  /** Plot coordinates: x from the plot's left edge, y the lane's marker line. */
  x: number;
  y: number;
  /** A single event, or several too close to tell apart. */
  count: number;
  /** The single event (count 1), else the cluster's first. */
  event: DealEvent;
  /** A month-precision single event: its band runs to x1. */
  month: boolean;
  x1: number;
  radius: number;
  /** Days the mark covers: a cluster zooms to them. */
  start: number;
  end: number;
  /** A cluster whose events all start on one day: zooming cannot split it, it lists them. */
  members: DealEvent[] | null;
  selected: boolean;
  /** Its accessible name and tooltip: the date and title, or the cluster's count and span. */
  date: string;
}

export interface SceneLabel {
  key: string;
  eventId: string;
  kind: EventKind;
  text: string;
  /** The full title, shown on hover and focus when the text is shortened. */
  full: string;
  truncated: boolean;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  selected: boolean;
}

export interface TimelineScene {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  /** The plot's height: the lanes without the axis. */
  lanesHeight: number;
  lanes: SceneLane[];
  ticks: (Tick & { anchor: 'middle' | 'end' })[];
  marks: SceneMark[];
  labels: SceneLabel[];
  /** Events in view whose title is not on the axis (in a cluster, or no room). */
  hidden: number;
  /** How many events the scene shows. */
  total: number;
}

export interface SceneInput {
  /** The events in view, sorted by start. */
  events: IndexedEvent[];
  range: Range;
  width: number;
  lanes: readonly EventKind[];
  laneNames: Record<EventKind, string>;
  locale: Locale;
  selectedId: string | null;
}

export function sceneHeight(laneCount: number): number {
  return laneCount * LANE_HEIGHT + AXIS_HEIGHT + 8;
}

function markerRadius(count: number): number {
  return count > 1 ? Math.min(7 + Math.log10(count) * 4, 15) : MARKER_RADIUS;
}

/** The texts to try for an event's label, with its date first when there is room. */
function labelTexts(event: DealEvent, date: string): string[] {
  const short = event.shortTitle ?? event.title;
  return [`${short} · ${date}`, short];
}

/**
 * Builds the scene: lanes top to bottom, calendar ticks, one mark per event or cluster, and the
 * titles placed beside or below their marks without overlaps (the rest counted as hidden).
 */
export function buildTimelineScene(input: SceneInput): TimelineScene {
  const { events, range, width, lanes: kinds, laneNames, locale, selectedId } = input;
  const plotWidth = Math.max(width - LABEL_WIDTH - PLOT_END_PAD, 10);
  const lanesHeight = kinds.length * LANE_HEIGHT;
  const lanes: SceneLane[] = kinds.map((kind, i) => ({
    kind,
    name: laneNames[kind],
    nameWidth: Math.min(textWidth(laneNames[kind], LANE_NAME_SIZE, true), LABEL_WIDTH - 12),
    top: i * LANE_HEIGHT,
    y: i * LANE_HEIGHT + MARK_Y,
  }));
  const grouped = byLane(kinds, events);
  const marks: SceneMark[] = [];
  const labels: SceneLabel[] = [];
  let labelled = 0;

  for (const lane of lanes) {
    const laneEvents = grouped.get(lane.kind) ?? [];
    const clustered = clusterLane(lane.kind, laneEvents, range, plotWidth, CLUSTER_GAP);
    const obstacles: Obstacle[] = [];
    const requests: (LabelRequest & { rank: number; date: number })[] = [];
    for (const mark of clustered) {
      const event = mark.first.event;
      const radius = markerRadius(mark.count);
      const month = mark.count === 1 && event.date.precision === 'month';
      const x1 = month ? Math.max(mark.x1, mark.x + 2) : mark.x;
      const members =
        mark.count > 1 && mark.lastStart === mark.start
          ? laneEvents.slice(mark.index, mark.index + mark.count).map((e) => e.event)
          : null;
      const box = { x0: mark.x - radius, x1: Math.max(x1, mark.x + radius) };
      obstacles.push(box);
      const selected =
        mark.count === 1 ? event.id === selectedId : (members?.some((m) => m.id === selectedId) ?? false);
      marks.push({
        key: mark.key,
        kind: lane.kind,
        x: mark.x,
        y: lane.y,
        count: mark.count,
        event,
        month,
        x1,
        radius,
        start: mark.start,
        end: mark.end,
        members,
        selected,
        date: formatPartialDate(event.date, locale),
      });
      // Titles for single events, and for the events of a same-day cluster that fit the rows.
      const titled = mark.count === 1 ? [event] : members && members.length <= ROW_BASELINES.length ? members : [];
      for (const e of titled) {
        const date = formatPartialDate(e.date, locale);
        requests.push({
          id: e.id,
          mark: box,
          texts: labelTexts(e, date),
          full: `${e.title} (${date})`,
          rank: e.id === selectedId ? -1 : KIND_PRIORITY[e.kind],
          date: mark.start,
        });
      }
    }
    requests.sort((a, b) => a.rank - b.rank || a.date - b.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { placed } = placeLabels(obstacles, requests, {
      width: plotWidth,
      rows: ROW_BASELINES.length,
      fontSize: LABEL_FONT_SIZE,
      gap: LABEL_GAP,
    });
    labelled += placed.length;
    for (const p of placed) {
      labels.push({
        key: `${lane.kind}:${p.id}`,
        eventId: p.id,
        kind: lane.kind,
        text: p.text,
        full: p.full,
        truncated: p.truncated,
        x: p.x0,
        y: lane.y + ROW_BASELINES[p.row],
        width: p.x1 - p.x0,
        selected: p.id === selectedId,
      });
    }
  }

  return {
    width,
    height: sceneHeight(kinds.length),
    plotX: LABEL_WIDTH,
    plotWidth,
    lanesHeight,
    lanes,
    // A tick label that would run past the drawing's right edge ends at its tick instead.
    ticks: axisTicks(range, plotWidth, locale).map((tick) => ({
      ...tick,
      anchor:
        tick.x + textWidth(tick.label, TICK_FONT_SIZE) / 2 > plotWidth + PLOT_END_PAD
          ? ('end' as const)
          : ('middle' as const),
    })),
    marks,
    labels,
    hidden: events.length - labelled,
    total: events.length,
  };
}
