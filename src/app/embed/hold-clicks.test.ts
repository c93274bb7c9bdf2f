import { describe, expect, it } from 'vitest';
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
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ramp!.checked).toBe(true);
    delete document.documentElement.dataset.interactive;
  });
});
