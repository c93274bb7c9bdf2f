import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const DASHBOARD = '/deals/alibaba-sina-weibo-2013';
const TIMELINE = `${DASHBOARD}/timeline`;

/** Opens `path` and returns the page's address notice once it says `expected`. */
async function noticeOf(suite, path, expected) {
  const opened = await newPage(suite.browser);
  await gotoInteractive(opened.page, suite.server.url + path);
  const notice = opened.page.locator('.url-notice').filter({ hasText: expected });
  await notice.waitFor({ timeout: 15_000 });
  return { ...opened, said: (await notice.textContent()) ?? '' };
}

describe('an address the page alters or cannot follow says so, in Chromium', () => {
  const suite = previewSuite();

  it('names an event id the deal does not have (EN and DE)', async () => {
    for (const [prefix, expected] of [
      ['', 'event=“does-not-exist” is not an event of this deal, so no event is selected.'],
      ['/de', 'event=„does-not-exist“ ist kein Ereignis dieses Geschäfts; es ist kein Ereignis ausgewählt.'],
    ]) {
      const { context, problems, said } = await noticeOf(suite, `${prefix}${TIMELINE}?event=does-not-exist`, expected);
      assert.ok(said.includes(expected), said);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('says a window beyond the deal’s events was clamped, with the days shown, and the address follows', async () => {
    const { page, context, problems, said } = await noticeOf(
      suite,
      `${TIMELINE}?from=0001-01-01&to=9999-12-31`,
      'reaches beyond the deal’s events',
    );
    assert.match(
      said,
      /from=0001-01-01 to=9999-12-31 reaches beyond the deal’s events, so it was clamped to them: it shows \d+ \w+ 2012 – \d+ \w+ 2014\./,
    );
    await page.waitForURL((url) => !url.search.includes('0001-01-01'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says a window the "Known as of" day moved back, and to where (EN and DE)', async () => {
    const query = '?from=2013-03-01&to=2013-04-30&asof=2013-04-15';
    const en = await noticeOf(suite, `${TIMELINE}${query}`, 'moved back');
    assert.ok(
      en.said.includes(
        'The timeline’s window from=2013-03-01 to=2013-04-30 runs past what was public on the “Known as of” day, 15 Apr 2013, so it was moved back: it shows 14 Jan 2013 – 15 Mar 2013.',
      ),
      en.said,
    );
    await en.context.close();
    const de = await noticeOf(suite, `/de${TIMELINE}${query}`, 'zurückverschoben');
    assert.match(
      de.said,
      /Stichtag „Bekannt am“ \(15\. Apr\. 2013\) öffentlich war, und wurde deshalb zurückverschoben: Angezeigt wird 14\. Jan\. 2013 – 15\. März 2013\./,
    );
    assert.deepEqual([...en.problems, ...de.problems], []);
    await de.context.close();
  });

  it('says nothing was public yet on a day before the first report, and that a future day is (EN and DE)', async () => {
    const before = await noticeOf(suite, `${DASHBOARD}?asof=1900-01-01`, 'Nothing about this deal');
    assert.match(
      before.said,
      /Nothing about this deal was public yet on 1 Jan 1900 \(asof=1900-01-01\); the earliest report is dated Nov 2012\./,
    );
    await before.context.close();
    const future = await noticeOf(suite, `${DASHBOARD}?asof=9999-12-31`, 'still to come');
    assert.match(
      future.said,
      /31 Dec 9999 \(asof=9999-12-31\) is still to come, so the page shows everything known today, \d+ \w+ \d{4}\./,
    );
    await future.context.close();
    const de = await noticeOf(suite, `/de${DASHBOARD}?asof=9999-12-31`, 'in der Zukunft');
    assert.match(de.said, /Der 31\. Dez\. 9999 \(asof=9999-12-31\) liegt in der Zukunft/);
    const deBefore = await noticeOf(suite, `/de${TIMELINE}?asof=1900-01-01`, 'noch nichts öffentlich');
    assert.match(
      deBefore.said,
      /Am 1\. Jan\. 1900 \(asof=1900-01-01\) war zu diesem Geschäft noch nichts öffentlich; die früheste Meldung ist auf Nov\. 2012 datiert\./,
    );
    assert.deepEqual([...before.problems, ...future.problems, ...de.problems, ...deBefore.problems], []);
    await de.context.close();
    await deBefore.context.close();
  });

  it('reads currency=usd as USD, with no notice', async () => {
    const { page, context, problems } = await newPage(suite.browser);
    await gotoInteractive(page, `${suite.server.url}${DASHBOARD}?currency=usd`);
    await page.waitForFunction(() => document.querySelector('input[type="radio"][value="USD"]')?.checked);
    assert.equal(await page.locator('.url-notice').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
