import { beforeEach, describe, expect, it } from 'vitest';
import { createAddressWriter, GESTURE_SETTLE_MS } from './location';

// jsdom's own History API, driven the way wouter's navigate drives it.
const navigate = (to: string, { replace, state }: { replace: boolean; state: unknown }) =>
  window.history[replace ? 'replaceState' : 'pushState'](state, '', to);

const PAGE = '/deals/d';
const query = (search: string) => new URLSearchParams(search);

function setup({ framed = false } = {}) {
  let clock = 0;
  const write = createAddressWriter({ now: () => clock, framed });
  return {
    write: (search: string, how: Parameters<typeof write>[2]) => write(PAGE, query(search), how, navigate),
    wait: (ms: number) => (clock += ms),
  };
}

const entries = () => window.history.length;
const search = () => window.location.search;

/** history.back() lands later, with a popstate event. */
const back = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });

describe('address writes and the history', () => {
  // A fresh entry of its own: it drops any entries ahead that an earlier test went Back from.
  beforeEach(() => window.history.pushState(null, '', PAGE));

  it('adds an entry for a push, and Back returns to the address before it', async () => {
    const { write } = setup();
    const before = entries();
    write('currency=USD', 'push');
    expect(search()).toBe('?currency=USD');
    write('currency=USD&asof=2013-05-01', 'push');
    expect(entries()).toBe(before + 2);
    await back();
    expect(search()).toBe('?currency=USD');
  });

  it('rewrites the current entry for a replace', () => {
    const { write } = setup();
    const before = entries();
    write('from=2013-04-27&to=2013-05-03', 'replace');
    expect(search()).toBe('?from=2013-04-27&to=2013-05-03');
    expect(entries()).toBe(before);
  });

  it('adds nothing for a write that changes nothing, in any mode', () => {
    const { write } = setup();
    write('currency=USD', 'push');
    const before = entries();
    for (const how of ['push', 'replace', 'continuous'] as const) write('currency=USD', how);
    expect(entries()).toBe(before);
    expect(search()).toBe('?currency=USD');
  });

  it('folds a run of continuous writes into one entry, and a run after a pause into a new one', async () => {
    const { write, wait } = setup();
    const before = entries();
    for (const v of ['2', '2.5', '3', '3.5']) {
      write(`valuation=${v}`, 'continuous');
      wait(GESTURE_SETTLE_MS - 100);
    }
    expect(entries()).toBe(before + 1);
    expect(search()).toBe('?valuation=3.5');

    wait(GESTURE_SETTLE_MS);
    write('valuation=8', 'continuous');
    write('valuation=9', 'continuous');
    expect(entries()).toBe(before + 2);
    await back();
    expect(search()).toBe('?valuation=3.5');
    await back();
    expect(search()).toBe('');
  });

  it('counts a gesture’s pause from when the page has drawn the last write, not from when it was asked for', async () => {
    let clock = 0;
    const write = createAddressWriter({ now: () => clock });
    // Like React: the new address is drawn in a microtask, here one that takes 1.5 s.
    const slowPage = (to: string, options: { replace: boolean; state: unknown }) => {
      navigate(to, options);
      queueMicrotask(() => (clock += 1500));
    };
    const before = entries();
    for (const v of ['2', '3', '4']) {
      write(PAGE, query(`valuation=${v}`), 'continuous', slowPage);
      await Promise.resolve();
      clock += 100;
    }
    expect(entries()).toBe(before + 1);
  });

  it('starts a new entry when a discrete change comes between two continuous writes', () => {
    const { write } = setup();
    const before = entries();
    write('valuation=2', 'continuous');
    write('valuation=2&currency=USD', 'push');
    write('valuation=3&currency=USD', 'continuous');
    expect(entries()).toBe(before + 3);
  });

  it('never folds a gesture into an entry the reader went Back to', async () => {
    const { write } = setup();
    write('kinds=market', 'push');
    write('valuation=2', 'continuous');
    await back();
    expect(search()).toBe('?kinds=market');
    // Within the settle time, but on another entry: this gesture pushes, and kinds=market stays.
    write('kinds=market&valuation=5', 'continuous');
    await back();
    expect(search()).toBe('?kinds=market');
  });

  it('only replaces inside a frame, so an embed never adds to the host page’s history', () => {
    const { write } = setup({ framed: true });
    const before = entries();
    write('currency=USD', 'push');
    write('valuation=2', 'continuous');
    expect(entries()).toBe(before);
    expect(search()).toBe('?valuation=2');
  });

  it('keeps a gesture going across a replace of its own entry', () => {
    const { write } = setup();
    const before = entries();
    write('valuation=2', 'continuous');
    write('valuation=2&from=2013-01-01', 'replace');
    write('valuation=3&from=2013-01-01', 'continuous');
    expect(entries()).toBe(before + 1);
  });
});
