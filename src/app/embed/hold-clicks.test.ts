import { describe, expect, it, vi } from 'vitest';
import { holdClicksUntilInteractive } from './hold-clicks';

describe('holdClicksUntilInteractive', () => {
  it('keeps a radio as the HTML drew it until the app has taken over, then checks it', async () => {
    document.body.innerHTML =
      '<label><input type="radio" name="p" value="even" checked>Even</label><label><input type="radio" name="p" value="ramp">Ramp-up</label>';
    const [, ramp] = document.querySelectorAll('input');
    holdClicksUntilInteractive();
    ramp!.click();
    expect(ramp!.checked).toBe(false);
    document.documentElement.dataset.interactive = 'true';
    // The click is made again when the page turns interactive (a mutation observer's callback).
    await vi.waitFor(() => expect(ramp!.checked).toBe(true));
    delete document.documentElement.dataset.interactive;
  });
});
