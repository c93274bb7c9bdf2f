import { createContext, type ReactNode } from 'react';

/**
 * On the server (src/server/render.tsx): takes a chart's drawing at a width and answers the
 * placeholder its picture goes in once drawn; the build draws the live chart's own component in a
 * DOM and puts that SVG in the page. Null in the browser, which draws the live chart instead.
 */
export type PictureCollector = (draw: (width: number) => ReactNode) => string;

export const PictureContext = createContext<PictureCollector | null>(null);
