import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n';

/**
 * A box that scrolls sideways when its content is wider (a data table on a phone), and shows that
 * it does: a shadow at each edge with more beyond it, a line saying so, and a tab stop so a keyboard
 * can scroll it. None of it shows when everything fits. Measured after mount: the server's HTML
 * cannot know the reader's width, and the hint then appears without moving what is above it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const beyond = box.scrollWidth - box.clientWidth;
      const start = beyond > 1 && box.scrollLeft > 1;
      const end = beyond > 1 && box.scrollLeft < beyond - 1;
      setEdges((was) => (was.start === start && was.end === end ? was : { start, end }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, []);
  const scrolls = edges.start || edges.end;
  return (
    <div className="scroll-region">
      {scrolls && <p className="scroll-region__hint no-print">{t('table.scrollHint')}</p>}
      <div
        className="scroll-region__frame"
        data-more-before={edges.start || undefined}
        data-more-after={edges.end || undefined}
      >
        <div
          ref={ref}
          className="scroll-region__body"
          role="region"
          aria-label={label}
          tabIndex={scrolls ? 0 : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
