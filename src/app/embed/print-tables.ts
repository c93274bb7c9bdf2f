// Report mode on paper before the app has loaded (lib/printing.ts does it once it has, with React):
// a closed <details> prints nothing, so printing opens the embed's data tables and closes them after.

/** Opens every closed <details> while the page prints; `onPrint` is told each time printing starts. */
export function openTablesForPrint(onPrint: () => void): void {
  const opened: HTMLDetailsElement[] = [];
  const start = () => {
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => {
      d.open = true;
      opened.push(d);
    });
    onPrint();
  };
  const end = () => opened.splice(0).forEach((d) => (d.open = false));
  window.addEventListener('beforeprint', start);
  window.addEventListener('afterprint', end);
  window.matchMedia?.('print').addEventListener?.('change', (e) => (e.matches ? start() : end()));
}
