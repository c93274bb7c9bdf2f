import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenWanted } from './when-wanted';

/** A stand-in IntersectionObserver whose callback the test calls: `show()` puts the watched element in view. */
let observed: ((entries: { isIntersecting: boolean }[]) => void) | null = null;
const show = () => observed?.([{ isIntersecting: true }]);

beforeEach(() => {
  observed = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {
        observed = null;
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenWanted', () => {
  it('waits while nobody reaches for the embed and it is out of sight', () => {
    vi.useFakeTimers();
    const start = vi.fn();
    whenWanted(start, document.body);
    vi.advanceTimersByTime(10_000);
    expect(start).not.toHaveBeenCalled();
  });

  it.each(['pointerdown', 'pointerover', 'focusin', 'keydown'])('starts once on %s', (type) => {
    const start = vi.fn();
    whenWanted(start, document.body);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    show();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts in a long idle period once the embed is in view, not in the short ones between frames', () => {
    let idle: ((deadline: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(callback));
    const period = (ms: number) => {
      const due = idle;
      idle = [];
      due.forEach((callback) => callback({ timeRemaining: () => ms, didTimeout: false }));
    };
    const start = vi.fn();
    whenWanted(start, document.body);
    expect(idle).toHaveLength(0);
    show();
    period(8);
    expect(start).not.toHaveBeenCalled();
    period(50);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
