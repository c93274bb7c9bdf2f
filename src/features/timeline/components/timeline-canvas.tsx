import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatPartialDate } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { fromDay, type Range } from '../utils/time-scale';
import { buildTimelineScene, type SceneInput, type SceneMark } from '../utils/scene';
import { SCREEN_PALETTE, TimelineSvg } from './timeline-svg';

/** What the reader can do on the axis. */
export interface AxisActions {
  /** A zoom step from the keys (below 1 zooms in): the timeline picks where. */
  onZoomStep: (factor: number) => void;
  /** A wheel or pinch zoom around the pointer, `anchor` a fraction of the plot's width. */
  onZoomAt: (factor: number, anchor: number) => void;
  /** Moves the range by a fraction of its width; `gesture` when it comes from a drag or the wheel. */
  onPan: (fraction: number, gesture: boolean) => void;
  onFit: () => void;
  onSelect: (eventId: string) => void;
  onZoomTo: (range: Range) => void;
}

/** The scene's inputs, each its own prop, so that an unchanged axis is not drawn again. */
interface TimelineCanvasProps extends SceneInput {
  title: string;
  /** Of stable identity: the canvas redraws only when its picture changes. */
  actions: AxisActions;
}

/** The line under the axis that counts the titles it could not show. */
export const HIDDEN_LINE = 22;

let drawn = false;

/** The list a same-day cluster opens, by pointer or keyboard. */
function ClusterList({
  mark,
  left,
  onSelect,
  onClose,
}: {
  mark: SceneMark;
  left: number;
  onSelect: (eventId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const members = mark.members ?? [];
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });
  // Focus moves into the list when it opens; a press anywhere else closes it.
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) closeRef.current();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
  const heading = t('timeline.sameDayList', { count: members.length, date: mark.date });
  return (
    <div
      ref={ref}
      className="timeline-cluster-list"
      role="dialog"
      aria-label={heading}
      style={{ left, top: mark.y + mark.radius + 6 }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <p className="timeline-cluster-list__heading">{heading}</p>
      <ul>
        {members.map((member) => (
          <li key={member.id}>
            <button type="button" className="timeline-cluster-list__item" onClick={() => onSelect(member.id)}>
              {member.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The axis itself: it draws the scene and lets the reader explore it. Wheel, pinch, + and - zoom,
 * dragging and the arrow keys pan; a mark is a button: an event opens, a cluster zooms to its
 * events, and a cluster of one day lists them.
 */
export const TimelineCanvas = memo(function TimelineCanvas(props: TimelineCanvasProps) {
  const { events, range, width, lanes, laneNames, locale, selectedId, title, actions } = props;
  const { onZoomStep, onPan, onFit, onSelect, onZoomTo } = actions;
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const scene = useMemo(
    () => buildTimelineScene({ events, range, width, lanes, laneNames, locale, selectedId }),
    [events, range, width, lanes, laneNames, locale, selectedId],
  );
  const { plotX, plotWidth } = scene;
  const handlers = useRef(actions);
  useLayoutEffect(() => {
    handlers.current = actions;
  });
  const [open, setOpen] = useState<{ mark: SceneMark; trigger: SVGGElement } | null>(null);

  // The bench and the browser tests read this mark: the first time an axis is drawn with data.
  useEffect(() => {
    if (drawn) return;
    drawn = true;
    performance.mark('timeline:ready');
  }, []);

  // Wheel and touch handlers must be non-passive to keep the page from scrolling while zooming.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, number>();
    let lastX: number | null = null;
    let lastPinch: number | null = null;
    const anchorOf = (clientX: number) => (clientX - element.getBoundingClientRect().left - plotX) / plotWidth;

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey) {
        handlers.current.onPan(event.deltaX / plotWidth, true);
        return;
      }
      handlers.current.onZoomAt(Math.exp(event.deltaY * (event.ctrlKey ? 0.01 : 0.0015)), anchorOf(event.clientX));
    };
    const onPointerDown = (event: PointerEvent) => {
      if ((event.target as Element).closest('[data-mark], [data-label], .timeline-cluster-list')) return;
      pointers.set(event.pointerId, event.clientX);
      element.setPointerCapture?.(event.pointerId);
      lastX = event.clientX;
      lastPinch = null;
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        const distance = Math.abs(a - b);
        if (lastPinch !== null && distance > 0) handlers.current.onZoomAt(lastPinch / distance, anchorOf((a + b) / 2));
        lastPinch = distance;
        return;
      }
      if (lastX !== null) handlers.current.onPan(-(event.clientX - lastX) / plotWidth, true);
      lastX = event.clientX;
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      lastX = pointers.size === 1 ? [...pointers.values()][0] : null;
      lastPinch = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
    };
  }, [plotX, plotWidth]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      '+': () => onZoomStep(0.5),
      '=': () => onZoomStep(0.5),
      '-': () => onZoomStep(2),
      _: () => onZoomStep(2),
      ArrowLeft: () => onPan(-0.2, false),
      ArrowRight: () => onPan(0.2, false),
      '0': onFit,
      Home: onFit,
    };
    const action = keys[event.key];
    if (!action || open) return;
    event.preventDefault();
    action();
  };

  const close = () => {
    const trigger = open?.trigger;
    setOpen(null);
    trigger?.focus();
  };

  const describe = (mark: SceneMark) => {
    if (mark.count === 1) return `${mark.date}: ${mark.event.title} (${t(`kind.${mark.kind}`)})`;
    if (mark.members) return t('timeline.sameDay', { count: mark.count, date: mark.date });
    return t('timeline.cluster', {
      count: mark.count,
      from: formatPartialDate({ precision: 'day', date: fromDay(mark.start) }, locale),
      to: formatPartialDate({ precision: 'day', date: fromDay(mark.end - 1) }, locale),
    });
  };

  return (
    <div className="timeline-canvas-frame">
      <div
        ref={ref}
        className="timeline-canvas"
        role="application"
        aria-roledescription={t('timeline.title')}
        aria-label={t('timeline.canvas')}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <TimelineSvg
          scene={scene}
          palette={SCREEN_PALETTE}
          title={title}
          interaction={{
            describe,
            onSelectEvent: onSelect,
            onActivate: (mark, trigger) => {
              if (mark.count === 1) onSelect(mark.event.id);
              else if (mark.members) setOpen({ mark, trigger });
              // Zoom to the cluster's days, with a day of air on each side.
              else onZoomTo({ start: mark.start - 1, end: mark.end + 1 });
            },
          }}
        />
      </div>
      {open && (
        <ClusterList
          mark={open.mark}
          left={Math.min(plotX + open.mark.x, Math.max(scene.width - 260, 0))}
          onSelect={(id) => {
            setOpen(null);
            onSelect(id);
          }}
          onClose={close}
        />
      )}
      <p className="timeline__hidden">{scene.hidden > 0 ? t('timeline.hidden', { count: scene.hidden }) : ''}</p>
    </div>
  );
});
