import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOMENT_SLOT, paperBeforeApp, printedLineTemplate } from './paper-before-app';

describe('paperBeforeApp', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete document.documentElement.dataset.interactive;
  });

  it('opens the closed data tables while the page prints, closes them after, and says printing began', () => {
    document.body.innerHTML =
      '<details class="data-table"><summary>View data</summary><table></table></details><details open></details>';
    const [table, open] = document.querySelectorAll('details');
    const onPrint = vi.fn();
    paperBeforeApp(onPrint);
    window.dispatchEvent(new Event('beforeprint'));
    expect(table!.open).toBe(true);
    expect(onPrint).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(table!.open).toBe(false);
    expect(open!.open).toBe(true);
  });

  it('writes when the page was printed as its first line until the app has taken it over, in the page’s language', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T19:05:00Z'), toFake: ['Date'] });
    document.body.innerHTML = `${printedLineTemplate(`Gedruckt am ${MOMENT_SLOT}`, 'de-DE')}<div id="root"><main>x</main></div>`;
    paperBeforeApp(() => {});
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.body.firstElementChild?.textContent).toBe('Gedruckt am 7. Dez. 2026, 19:05 UTC');
    expect(document.querySelector('#root .printed-on')).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelectorAll('.printed-on')).toHaveLength(0);
    // Once the app runs, its own line (<PrintedOn>) says it: never two.
    document.documentElement.dataset.interactive = 'true';
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelectorAll('.printed-on')).toHaveLength(0);
  });

  it('keeps hostile words words', () => {
    expect(printedLineTemplate('<img src=x onerror=alert(1)> "', 'en-GB')).not.toContain('<img');
  });
});
