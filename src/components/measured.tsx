import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { mountsServerHtml } from '../lib/hydration';

/**
 * Measures the width it is given and hands it to a chart, so that the chart can lay itself out
 * for 320 px as well as for a wide screen (narrow layouts move labels, shorten ticks).
 *
 * Nothing is drawn until the width is known, so a prerendered page leaves the space empty (its
 * height reserved) for the client to draw into; unless `serverWidth` is given: then the server
 * draws at that width (a drawing that scales, such as an SVG with a viewBox), the client takes it
 * over at the same width and redraws at its own before the first frame it paints.
 *
 * `height` may depend on the width (labels that wrap to more lines on a narrow screen): before the
 * width is known the box reserves the height at `serverWidth`, or at a wide screen's.
 */
export function Measured({
  height,
  serverWidth = 0,
  children,
}: {
  height: number | ((width: number) => number);
  serverWidth?: number;
  children: (width: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(() => (mountsServerHtml() ? serverWidth : 0));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (current === next ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="measured" style={{ height: heightAt(height, width || serverWidth || WIDE) }}>
      {width > 0 && children(width)}
    </div>
  );
}

/** Below this width a chart uses its compact layout. */
export const NARROW = 480;

/** The width a box reserves its height for before it is measured: a desktop card's. */
const WIDE = 960;

function heightAt(height: number | ((width: number) => number), width: number): number {
  return typeof height === 'number' ? height : height(width);
}
