import { describe, expect, it } from 'vitest';
import { slug, timelineFileName } from './file-name';

const SAFE = /^[a-z0-9.-]+$/;

describe('timelineFileName', () => {
  it('names the file after the deal, the range and the format', () => {
    expect(timelineFileName('alibaba-sina-weibo-2013', '2012-11-01', '2014-03-31', 'csv')).toBe(
      'alibaba-sina-weibo-2013-timeline-2012-11-01-2014-03-31.csv',
    );
  });

  it('lowercases the deal id and turns runs of other characters into one hyphen', () => {
    expect(timelineFileName('Alibaba / Sina__Weibo  2013', '2013-01-01', '2013-12-31', 'png')).toBe(
      'alibaba-sina-weibo-2013-timeline-2013-01-01-2013-12-31.png',
    );
  });

  it('falls back to "deal" when nothing of the id survives', () => {
    for (const id of ['', '!!!', '../', 'ÄÖÜ', '🚀']) {
      expect(timelineFileName(id, '2013-01-01', '2013-01-31', 'json'), id).toBe(
        'deal-timeline-2013-01-01-2013-01-31.json',
      );
    }
  });

  it('writes "start" and "end" for anything that is not a real YYYY-MM-DD day', () => {
    for (const bad of ['', '2013-1-1', '2013-02-30', '../2013-01-01', '2013-01-01/..', '<script>', '2013-01']) {
      expect(timelineFileName('deal', bad, bad, 'ics'), bad).toBe('deal-timeline-start-end.ics');
    }
  });

  it('never yields a path separator, a ".." or a character outside [a-z0-9.-]', () => {
    const hostile = [
      '../../etc/passwd',
      '..\\..\\windows\\system32',
      '<script>alert(1)</script>',
      '  spaces  around  ',
      'Übernahme — „Weibo“ 微博',
      '%2e%2e%2f',
      'a\u0000b\r\nc',
      '/absolute',
      'C:\\deal',
      '.hidden',
    ];
    for (const value of hostile) {
      const name = timelineFileName(value, value, value, 'svg');
      expect(name, value).toMatch(SAFE);
      expect(name, value).not.toContain('..');
      expect(name.split('.'), value).toHaveLength(2);
      expect(name.endsWith('.svg'), value).toBe(true);
    }
  });

  it('caps the deal part at 80 characters without a trailing hyphen', () => {
    const name = timelineFileName(`${'a'.repeat(79)}-${'b'.repeat(50)}`, '2013-01-01', '2013-01-02', 'csv');
    const dealPart = name.slice(0, name.indexOf('-timeline-'));
    expect(dealPart.length).toBeLessThanOrEqual(80);
    expect(dealPart).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('slug', () => {
  it('keeps a clean id as it is and collapses and trims hyphens', () => {
    expect(slug('rumour-2012-11', 'x')).toBe('rumour-2012-11');
    expect(slug('--a---b--', 'x')).toBe('a-b');
    expect(slug('x'.repeat(200), 'y')).toHaveLength(80);
  });
});
