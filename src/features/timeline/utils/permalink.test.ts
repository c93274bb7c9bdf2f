// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelinePermalink } from './permalink';

describe('the timeline’s permalink in files and images', () => {
  const view = { from: '2013-02-01', to: '2013-05-31', kinds: null, event: null };
  it('keeps a German reader on the German page', () => {
    expect(timelinePermalink('https://x.test', 'a-b', view, '2013-03-01', 'de')).toBe(
      'https://x.test/de/deals/a-b/timeline?from=2013-02-01&to=2013-05-31&asof=2013-03-01',
    );
  });
  it('has no prefix in English', () => {
    expect(timelinePermalink('https://x.test', 'a-b', view, null, 'en')).toMatch(
      /^https:\/\/x\.test\/deals\/a-b\/timeline\?/,
    );
  });
});
