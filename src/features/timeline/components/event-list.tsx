import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { citationLabel } from '../../../lib/provenance';
import type { Source } from '../../../lib/schemas';
import type { IndexedEvent } from '../utils/event-index';
import { KindGlyph } from './kind-glyph';

const ROW_HEIGHT = 64;

interface EventListProps {
  events: IndexedEvent[];
  sources: Source[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
  height: number;
}

/**
 * The events in view as a list a keyboard and a screen reader can walk: a listbox whose active
 * option follows the arrow keys, drawn windowed so that 10,000 events cost the same as ten.
 */
export function EventList({ events, sources, selectedId, onSelect, height }: EventListProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = events.findIndex((e) => e.event.id === selectedId);
  const [active, setActive] = useState(Math.max(selectedIndex, 0));
  const activeIndex = Math.min(active, Math.max(events.length - 1, 0));
  // No React Compiler runs here, so the virtualizer's unmemoizable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // The list's height is known up front: the first render already shows its rows.
    initialRect: { width: 0, height },
    // An event selected from the address starts in view, without a scroll that forces layout.
    initialOffset: () => Math.max(Math.max(selectedIndex, 0) * ROW_HEIGHT - height / 2, 0),
  });

  // A selection made elsewhere (the axis, the address) becomes the active option here too.
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (lastSelected !== selectedId) {
    setLastSelected(selectedId);
    if (selectedIndex >= 0) setActive(selectedIndex);
  }
  // Scroll only when the active option moves, not when the view changes or the list first shows:
  // reading the scroll height forces a layout, which a zoom or a first render must not pay for.
  const scrolledTo = useRef(activeIndex);
  useEffect(() => {
    if (scrolledTo.current === activeIndex) return;
    scrolledTo.current = activeIndex;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  if (events.length === 0) {
    return (
      <p className="timeline-list-empty" role="status">
        {t('timeline.listEmpty')}
      </p>
    );
  }

  const move = (to: number) => setActive(Math.min(Math.max(to, 0), events.length - 1));
  const onKeyDown = (event: React.KeyboardEvent) => {
    const page = Math.max(Math.floor(height / ROW_HEIGHT) - 1, 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(events.length - 1),
      Enter: () => onSelect(events[activeIndex].event.id),
      ' ': () => onSelect(events[activeIndex].event.id),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={scrollRef}
      className="timeline-list"
      role="listbox"
      aria-label={t('timeline.list')}
      tabIndex={0}
      aria-activedescendant={`${id}-${activeIndex}`}
      onKeyDown={onKeyDown}
      style={{ height }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = events[row.index];
          const { event } = item;
          return (
            <div
              key={event.id}
              id={`${id}-${row.index}`}
              role="option"
              aria-selected={event.id === selectedId}
              aria-setsize={events.length}
              aria-posinset={row.index + 1}
              data-event-id={event.id}
              className={`timeline-option${row.index === activeIndex ? ' is-active' : ''}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${row.start}px)`,
              }}
              onClick={() => {
                setActive(row.index);
                onSelect(event.id);
              }}
            >
              <span className="timeline-option__meta">
                <KindGlyph kind={event.kind} /> {t(`kind.${event.kind}`)} ·{' '}
                <time dateTime={event.date.date}>{formatPartialDate(event.date, locale)}</time>
              </span>
              <span className="timeline-option__title">{event.title}</span>
              <span className="timeline-option__source">
                {event.sources.map((c) => citationLabel(c, sources, locale)).join('; ')}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
