import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gotoInteractive, newPage, pageTexts, previewSuite, startMockApi, waitForStill } from './harness.mjs';

// A German page is German throughout: none of the data's English texts (the list is built from the
// API's own answer, every `{ en, de }` pair whose two texts differ) and no bare "$" for US dollars.

const DEAL = 'alibaba-sina-weibo-2013';

/** The data's texts as the API serves them: English and German side by side. */
async function dataTexts(api) {
  const answers = await Promise.all(
    [
      `/api/deals/${DEAL}`,
      `/api/deals/${DEAL}/metrics/registered-users`,
      `/api/deals/${DEAL}/metrics/daily-active-users`,
    ].map((path) => api.get(path)),
  );
  const pairs = [];
  const titles = [];
  JSON.stringify(answers, (key, value) => {
    if (value && typeof value === 'object' && typeof value.en === 'string' && typeof value.de === 'string')
      pairs.push(value);
    if (key === 'sources' && Array.isArray(value)) for (const s of value) if (s.title) titles.push(s.title);
    return value;
  });
  return { pairs, titles };
}

function englishLeft(text, pairs) {
  return [...new Set(pairs.filter((p) => p.en !== p.de && text.includes(p.en)).map((p) => p.en))];
}

/** Bare dollars, with the sources' own titles (quotations, kept as published) taken out first. */
function bareDollars(text, titles) {
  let rest = text;
  for (const title of titles) rest = rest.split(title).join('');
  return [...rest.matchAll(/.{0,30}(?<!US)\$.{0,30}/g)].map((m) => m[0]);
}

describe('a German page, in Chromium', () => {
  const suite = previewSuite();
  let mockApi;
  before(async () => (mockApi = await startMockApi()));
  after(() => mockApi?.stop());

  it('the dashboard, in euros and in dollars, with a valuation the reader typed: no English data, no bare "$"', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'de-DE' });
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}`);
    await page.getByRole('article', { name: 'Kaufpreis' }).waitFor();
    await waitForStill(page, 'main');
    const { pairs, titles } = await dataTexts(mockApi);
    assert.ok(pairs.length > 60, `${pairs.length} texts in the data`);

    for (const currency of ['EUR', 'USD']) {
      await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}?currency=${currency}&valuation=4`);
      await page.locator('.chart-card[data-widget="option"] svg').first().waitFor();
      await waitForStill(page, 'main');
      const text = (await pageTexts(page)).replace(/\s+/g, ' ');
      assert.ok(text.includes('Kaufpreis') && text.includes('Erworbener Anteil'), 'the page is German');
      assert.deepEqual(englishLeft(text, pairs), [], `English data texts on the German dashboard (${currency})`);
      assert.deepEqual(bareDollars(text, titles), [], `bare "$" on the German dashboard (${currency})`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the timeline, every event opened in turn: titles, summaries and figures in German', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'de-DE' });
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}/timeline`);
    await page.locator('.timeline__subtitle').waitFor();
    const { pairs, titles } = await dataTexts(mockApi);
    const { events } = await mockApi.get(`/api/deals/${DEAL}/events`);
    assert.equal(events.length, 8);
    for (const event of events) {
      await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}/timeline?event=${event.id}`);
      await page.locator(`.timeline-detail[data-event-id="${event.id}"]`).waitFor();
      await waitForStill(page, '.timeline');
      const text = (await pageTexts(page)).replace(/\s+/g, ' ');
      assert.ok(text.includes(event.summary.de), `${event.id}: its German summary is shown`);
      assert.deepEqual(englishLeft(text, pairs), [], `English data texts with ${event.id} open`);
      assert.deepEqual(bareDollars(text, titles), [], `bare "$" with ${event.id} open`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the English page, for contrast, shows the English texts and none of the German ones', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'en-GB' });
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}/timeline?event=deal-2013-04-29`);
    await page.locator('.timeline-detail[data-event-id="deal-2013-04-29"]').waitFor();
    const { pairs } = await dataTexts(mockApi);
    const text = (await pageTexts(page)).replace(/\s+/g, ' ');
    const german = pairs.filter((p) => p.en !== p.de && text.includes(p.de)).map((p) => p.de);
    assert.deepEqual(german, []);
    assert.ok(englishLeft(text, pairs).length > 5, 'the English page shows the English texts');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('"Known as of" in the app’s language, in Chromium', () => {
  const suite = previewSuite();

  it('shows and reads TT.MM.JJJJ on a German page, names a day it cannot read, and keeps the view', async () => {
    // The browser speaks English; the reader chose German in the app: the field follows the app.
    const { page, problems, context } = await newPage(suite.browser, { locale: 'en-US' });
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}?asof=2013-05-01`);
    await page.getByLabel('Language').selectOption('de');
    const field = page.getByLabel('Bekannt am');
    await page.waitForFunction(() => document.querySelector('.as-of input')?.value === '01.05.2013');
    assert.equal(await field.getAttribute('placeholder'), 'TT.MM.JJJJ');

    await field.fill('1.12.2012');
    await page.waitForURL(/asof=2012-12-01/);
    await page.locator('.deal-header__meta').getByText('Gerücht', { exact: true }).waitFor();

    await field.fill('31.02.2013');
    await field.press('Enter');
    const error = page.getByRole('alert').filter({ hasText: '„31.02.2013“ ist kein Kalendertag' });
    await error.waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    // The view stays on the last day that could be read.
    assert.match(page.url(), /asof=2012-12-01/);
    await page.locator('.deal-header__meta').getByText('Gerücht', { exact: true }).waitFor();

    // The arrow keys step a day from the view's day.
    await field.fill('01.12.2012');
    await field.press('ArrowUp');
    await page.waitForURL(/asof=2012-12-02/);
    assert.equal(await field.inputValue(), '02.12.2012');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('German files, embed codes and meta tags, in Chromium', () => {
  const suite = previewSuite();

  async function download(page, scope, name) {
    const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name }).click()]);
    return readFileSync(await file.path(), 'utf8');
  }

  it('describes a German page in German, prerendered and once the app has taken over', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'de-DE' });
    const description = () => page.locator('meta[name="description"]').getAttribute('content');
    const expected =
      'Alibabas Einstieg bei Sina Weibo 2013 in Diagrammen und einer Zeitleiste, jede Zahl mit ihrer Quelle.';
    const html = await (await fetch(`${suite.server.url}/de/deals/${DEAL}`)).text();
    assert.match(html, new RegExp(`<meta name="description" content="${expected}"`));
    await gotoInteractive(page, `${suite.server.url}/de/deals/${DEAL}/timeline?asof=2013-05-01`);
    assert.equal(await description(), expected);
    // An address that is not prerendered gets it from the app.
    await gotoInteractive(page, `${suite.server.url}/de/deals/${DEAL}?asof=2013-03-17`);
    await page.waitForFunction(
      (text) => document.querySelector('meta[name="description"]')?.content === text,
      expected,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('writes the calendar and the table of a German timeline in German', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'de-DE', acceptDownloads: true });
    await gotoInteractive(page, `${suite.server.url}/de/deals/${DEAL}/timeline`);
    await page.locator('.timeline__subtitle').waitFor();
    const ics = (await download(page, page, 'Kalender (ICS)')).replace(/\r\n[ \t]/g, '');
    assert.match(ics, /Nur der Monat ist bekannt \(Feb\. 2013\)/);
    assert.match(ics, /Tag nicht bekannt\)/);
    assert.match(ics, /\\nQuellen: silicon\.de \(deutscher Artikel\\, undatiert\) · Primärquelle/);
    assert.match(ics, /CATEGORIES:Gerücht/);
    assert.doesNotMatch(ics, /day not known|Only the month|Sources:|title not given|date not given|\(reposted\)/);
    const csv = await download(page, page, 'Tabelle (CSV)');
    assert.equal(
      csv.split('\r\n')[0],
      '\uFEFFID,Beginn,Ende,"Genauigkeit (Code: day, month)","Art (Code: rumour, denial, results, announcement, filing, market)",Titel,Zusammenfassung,Originalwortlaut,Quellen,exportiert',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('names the embedded frame in the embed’s language, and links images back to the German page', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'de-DE', acceptDownloads: true });
    await gotoInteractive(page, `${suite.server.url}/de/deals/${DEAL}/timeline?asof=2013-05-01`);
    await page.getByRole('button', { name: '„Zeitleiste“ einbetten' }).click();
    const dialog = page.getByRole('dialog', { name: '„Zeitleiste“ einbetten' });
    const code = () => dialog.getByLabel('Einfaches iframe mit fester Höhe').inputValue();
    assert.match(await code(), / title="Zeitleiste" /);
    await dialog.getByLabel('Sprache').selectOption('en');
    await page.waitForFunction(() =>
      / title="Timeline" /.test(document.querySelectorAll('.embed-dialog__field textarea')[1]?.value),
    );
    // The static image is the page's, in the page's language, and links to the German page.
    const svg = await download(page, dialog, 'Vektor (SVG)');
    assert.match(svg, /Online ansehen/);
    assert.match(svg, new RegExp(`/de/deals/${DEAL}/timeline\\?`));
    await page.keyboard.press('Escape');
    // The timeline's own export links back to the German page too.
    const own = await download(page, page, 'Vektor (SVG)');
    assert.match(own, new RegExp(`/de/deals/${DEAL}/timeline\\?`));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
