import { useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { mountsServerHtml } from '../lib/hydration';
import { PictureContext } from './chart-picture';

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
 *
 * `picture` (a chart that draws only in a browser): the build draws it in a DOM and puts the SVG in
 * the HTML (src/server/render.tsx), seen before scripts run, without them and in print; the client
 * keeps it until the live drawing has painted over it, then takes it out.
 */
export function Measured({
  height,
  serverWidth = 0,
  picture,
  children,
}: {
  height: number | ((width: number) => number);
  serverWidth?: number;
  picture?: (width: number) => ReactNode;
  children: (width: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(() => (mountsServerHtml() ? serverWidth : 0));
  const collect = useContext(PictureContext);
  const [pictureShown, setPictureShown] = useState(() => picture !== undefined && mountsServerHtml());
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
  useEffect(() => {
    if (!pictureShown || width === 0) return;
    // Two frames: the live drawing (Recharts fills in from its effects) has painted under the picture.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPictureShown(false));
    });
    return () => cancelAnimationFrame(frame);
  }, [pictureShown, width]);
  return (
    <div ref={ref} className="measured" style={{ height: heightAt(height, width || serverWidth || WIDE) }}>
      {width > 0 && children(width)}
      {pictureShown && (
        // The server writes a placeholder comment, which the build replaces by the SVG our own chart
        // drew (render.tsx); the client, hydrating, keeps whatever the HTML has there. No data's HTML.
        <div
          className="chart-picture"
          suppressHydrationWarning
          // eslint-disable-next-line no-restricted-syntax
          dangerouslySetInnerHTML={{ __html: collect && picture ? collect(picture) : '' }}
        />
      )}
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
