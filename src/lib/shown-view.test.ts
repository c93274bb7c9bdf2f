import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps one page's state: each test loads it afresh.
async function fresh() {
  vi.resetModules();
  return import('./shown-view');
}
const view = () => document.documentElement.dataset.view;
const interactive = () => document.documentElement.dataset.interactive;

describe('a permalink’s view, shown whole', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    document.documentElement.dataset.view = 'pending';
    delete document.documentElement.dataset.interactive;
  });
  afterEach(() => {
    vi.useRealTimers();
    delete document.documentElement.dataset.view;
    delete document.documentElement.dataset.interactive;
  });

  it('stays hidden while a loading state is on it, and shows two frames after the last one goes', async () => {
    const { holdViewUntilWhole, loadingStateShown, viewCommitted, viewHidden } = await fresh();
    holdViewUntilWhole(5000);
    const route = loadingStateShown();
    viewCommitted();
    expect(viewHidden()).toBe(true);
    const chart = loadingStateShown();
    route();
    vi.advanceTimersByTime(100);
    expect(view()).toBe('pending');
    chart();
    vi.advanceTimersToNextFrame();
    expect(view()).toBe('pending');
    vi.advanceTimersToNextFrame();
    expect(view()).toBeUndefined();
    expect(interactive()).toBe('true');
  });

  it('waits again for a loading state that comes while it waits for the frames', async () => {
    const { holdViewUntilWhole, loadingStateShown, viewCommitted } = await fresh();
    holdViewUntilWhole(5000);
    viewCommitted();
    const late = loadingStateShown();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(view()).toBe('pending');
    late();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(view()).toBeUndefined();
  });

  it('shows as it is after the longest wait, its loading states counting the seconds', async () => {
    const { holdViewUntilWhole, loadingStateShown, viewCommitted } = await fresh();
    holdViewUntilWhole(5000);
    loadingStateShown();
    viewCommitted();
    vi.advanceTimersByTime(4999);
    expect(view()).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(view()).toBeUndefined();
  });

  it('shows any other page at its first commit, loading states and all (a fault scenario)', async () => {
    const { loadingStateShown, viewCommitted } = await fresh();
    loadingStateShown();
    viewCommitted();
    expect(view()).toBeUndefined();
    expect(interactive()).toBe('true');
  });
});
