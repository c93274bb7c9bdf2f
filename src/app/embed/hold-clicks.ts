// A click on a control of an embed whose app has not come yet would change the HTML behind React's
// back (a radio checked that the app's state does not know, and hydration does not correct). It is
// held instead, and made again once the app has taken the HTML over (<html data-interactive>).

const CONTROLS = 'button, input, select, label';

/** Holds the last click on a control until the page is interactive, then clicks it again. */
export function holdClicksUntilInteractive(): void {
  const root = document.documentElement;
  let held: HTMLElement | null = null;
  const hold = (event: MouseEvent) => {
    const control = (event.target as Element | null)?.closest?.(CONTROLS);
    if (!control || root.dataset.interactive === 'true') return;
    event.preventDefault();
    held = control as HTMLElement;
  };
  document.addEventListener('click', hold, true);
  const observer = new MutationObserver(() => {
    if (root.dataset.interactive !== 'true') return;
    observer.disconnect();
    document.removeEventListener('click', hold, true);
    held?.click();
    held = null;
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-interactive'] });
}
