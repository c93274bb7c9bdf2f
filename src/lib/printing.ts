import { useSyncExternalStore } from 'react';

// Printing is announced two ways: beforeprint/afterprint (the print dialog) and the print media
// query (emulation, PDF export). Either one turns report mode on.

let printing = false;
// When this printout began: the page says so on paper.
let printedAt: Date | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function installPrintHooks() {
  if (typeof window === 'undefined' || (window as { __printHooks?: boolean }).__printHooks) return;
  (window as { __printHooks?: boolean }).__printHooks = true;
  const opened: HTMLDetailsElement[] = [];
  const start = () => {
    if (printing) return;
    printing = true;
    printedAt = new Date();
    // Closed <details> print nothing: open the data tables for the page, close them after.
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
      d.open = true;
      opened.push(d);
    });
    notify();
  };
  const end = () => {
    if (!printing) return;
    printing = false;
    printedAt = null;
    opened.splice(0).forEach((d) => (d.open = false));
    notify();
  };
  window.addEventListener('beforeprint', start);
  window.addEventListener('afterprint', end);
  const media = window.matchMedia?.('print');
  media?.addEventListener?.('change', (e) => (e.matches ? start() : end()));
  if (media?.matches) start();
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      installPrintHooks();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => printing,
    () => false,
  );
}

/** When the printout being made began (null: not printing), for the line that says when it was made. */
export function usePrintedAt(): Date | null {
  return useSyncExternalStore(
    (listener) => {
      installPrintHooks();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => printedAt,
    () => null,
  );
}
