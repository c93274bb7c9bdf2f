import { describe, expect, it, vi } from 'vitest';
import { openTablesForPrint } from './print-tables';

describe('openTablesForPrint', () => {
  it('opens the closed data tables while the page prints, closes them after, and says printing began', () => {
    document.body.innerHTML =
      '<details class="data-table"><summary>View data</summary><table></table></details><details open></details>';
    const [table, open] = document.querySelectorAll('details');
    const onPrint = vi.fn();
    openTablesForPrint(onPrint);
    window.dispatchEvent(new Event('beforeprint'));
    expect(table!.open).toBe(true);
    expect(onPrint).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(table!.open).toBe(false);
    expect(open!.open).toBe(true);
  });
});
