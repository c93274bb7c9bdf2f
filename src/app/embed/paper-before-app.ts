// Report mode on paper before the app has loaded (lib/printing.ts and <PrintedOn> do it once it has,
// with React): a closed <details> prints nothing, so printing opens the embed's data tables and closes
// them after; and the page's first line says when it was printed, from a template the prerender
// put beside #root (outside it, so the app's hydration never meets it).
import { momentIn } from '../../lib/moment';

export const PRINTED_LINE_ID = 'printed-on-line';
/** Where the moment goes in the template's line. */
export const MOMENT_SLOT = '\u2063';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The template of the printed line, for the prerender: `words` is the line's message with
 * MOMENT_SLOT for the moment ("Printed \u2063"), `tag` the `Intl` locale that writes the moment.
 */
export function printedLineTemplate(words: string, tag: string): string {
  return (
    `<template id="${PRINTED_LINE_ID}" data-tag="${escapeHtml(tag)}">` +
    `<p class="print-only printed-on">${escapeHtml(words)}</p></template>`
  );
}

/**
 * While the page prints: opens every closed <details>, and, while the app has not taken the page
 * over, shows the printed line; `onPrint` is told each time printing starts.
 */
export function paperBeforeApp(onPrint: () => void): void {
  const opened: HTMLDetailsElement[] = [];
  let line: Element | null = null;
  const start = () => {
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
      d.open = true;
      opened.push(d);
    });
    const template = document.getElementById(PRINTED_LINE_ID);
    if (!line && template instanceof HTMLTemplateElement && document.documentElement.dataset.interactive !== 'true') {
      line = template.content.firstElementChild?.cloneNode(true) as Element | null;
      if (line) {
        line.textContent = (line.textContent ?? '').replace(
          MOMENT_SLOT,
          momentIn(template.dataset.tag ?? 'en', new Date()),
        );
        template.before(line);
      }
    }
    onPrint();
  };
  const end = () => {
    opened.splice(0).forEach((d) => (d.open = false));
    line?.remove();
    line = null;
  };
  window.addEventListener('beforeprint', start);
  window.addEventListener('afterprint', end);
  window.matchMedia?.('print').addEventListener?.('change', (e) => (e.matches ? start() : end()));
}
