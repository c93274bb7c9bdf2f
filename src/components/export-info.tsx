import { createContext, useContext } from 'react';
import type { Status } from '../lib/schemas';
import type { LegendMark } from './status-patterns';

// What a widget hands to its static image: the words a reader needs away from the app, taken
// from the widget's own props and transforms, never read back from the page's class names.

/** One key figure as its card shows it, already formatted and translated. */
export interface KpiCardSummary {
  label: string;
  /** Absent when the figure is not reported or not yet public: `missing` says which. */
  value?: string;
  context?: string;
  status?: Status;
  /** The short citation, as on the card's source button. */
  source?: string;
  missing?: string;
  later: string[];
}

export interface WidgetExportInfo {
  title: string;
  /** Under the title: as-of date, currency, the chart's parameters. */
  lines: string[];
  /** The chart's series with their statuses, as its on-screen legend. */
  legend: { label: string; status: Status; mark?: LegendMark }[];
  notes: string[];
  /** One entry per source, in full. */
  sources: string[];
  /** The key figures, drawn from their model (the KPI widget has no chart to copy). */
  cards?: KpiCardSummary[];
  /**
   * A chart's drawing from its model: it renders itself, still, at a width into a host the image
   * gives it (off screen), and returns how to take it down. So the image shows what the model says,
   * not whatever the live chart is doing (hover, animation, focus).
   */
  chart?: { mount: (host: HTMLElement, width: number) => () => void };
  /**
   * A widget that draws its own picture from its model (the timeline) hands over the whole image:
   * the same one its own export writes, with the permalink the dialog gives it.
   */
  image?: (fontCss: string, permalink: string) => Promise<{ svg: string; width: number; height: number }>;
}

export const WidgetExportContext = createContext<WidgetExportInfo | null>(null);

/** The export information of the widget this component sits in, or null outside one. */
export function useWidgetExportInfo(): WidgetExportInfo | null {
  return useContext(WidgetExportContext);
}
