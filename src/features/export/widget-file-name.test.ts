// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { widgetFileName } from './widget-file-name';

describe('widgetFileName', () => {
  it('names the deal and the widget', () => {
    expect(widgetFileName('alibaba-sina-weibo-2013', 'stake', {}, 'png')).toBe('alibaba-sina-weibo-2013-stake.png');
  });

  it('carries the as-of date when one is set', () => {
    expect(widgetFileName('alibaba-sina-weibo-2013', 'stake', { asOf: '2013-05-01' }, 'png')).toBe(
      'alibaba-sina-weibo-2013-stake-asof-2013-05-01.png',
    );
  });

  it('carries a currency other than EUR, and not EUR itself', () => {
    expect(widgetFileName('alibaba-sina-weibo-2013', 'valuation', { asOf: '2013-05-01', currency: 'USD' }, 'svg')).toBe(
      'alibaba-sina-weibo-2013-valuation-asof-2013-05-01-usd.svg',
    );
    expect(widgetFileName('alibaba-sina-weibo-2013', 'valuation', { currency: 'EUR' }, null)).toBe(
      'alibaba-sina-weibo-2013-valuation',
    );
  });

  it('leaves out an as-of date that is not a real day, and keeps the name safe', () => {
    for (const bad of ['2013-02-30', '../x', '<b>', '2013-05']) {
      expect(widgetFileName('Deal / 1', 'stake', { asOf: bad }, 'png'), bad).toBe('deal-1-stake.png');
    }
  });
});
