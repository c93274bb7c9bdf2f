// Issue 19, facts and statuses, as a reader sees them in Chromium: no name says more than was
// public on the "known as of" day (heading, parties, tab, deals index, embed), and the article's
// words (the cooperation's four areas, Charles Chao's comment) are on the dashboard, in the KPI
// embed and in the prerendered HTML, with their lines and the German original, from 29 Apr 2013.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
const SEED = 'alibaba-sina-weibo-2013';
const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

const NAMES = {
  en: {
    prefix: '',
    rumour: 'Alibaba and Sina',
    parties: 'Parties named: Alibaba Group and Sina',
    deal: 'Alibaba takes a stake in Sina Weibo',
    app: 'Deal intelligence',
    areas: 'Cooperation areas',
    firstArea: 'Link user accounts „Nutzerkonten verbinden“',
    secondArea: 'Online payments',
    source2: 'Source: silicon.de, line 2',
    source4: 'Source: silicon.de, line 4',
    quote: 'Charles Chao, Chairman and CEO of Sina',
    original: 'Original words (German)',
  },
  de: {
    prefix: '/de',
    rumour: 'Alibaba und Sina',
    parties: 'Genannte Beteiligte: Alibaba Group und Sina',
    deal: 'Alibaba steigt bei Sina Weibo ein',
    app: 'Deal Intelligence',
    areas: 'Felder der Kooperation',
    firstArea: 'Nutzerkonten verbinden',
    secondArea: 'Online-Bezahlmöglichkeiten',
    source2: 'Quelle: silicon.de, Zeile 2',
    source4: 'Quelle: silicon.de, Zeile 4',
    quote: 'Charles Chao, Chairman und CEO von Sina',
    original: 'Originalwortlaut (Deutsch)',
  },
};

/** The areas and the quote as a reader sees them in `scope`: four areas, each with its German, and the comment. */
async function expectArticleWords(scope, n) {
  const areas = scope.getByRole('region', { name: n.areas });
  await areas.waitFor();
  assert.ok(await areas.isVisible(), 'the areas are on screen');
  const items = areas.getByRole('listitem');
  assert.equal(await items.count(), 4);
  // The article's German beside each area, unless the German page's label already says it.
  assert.equal(await text(items.first()), n.firstArea);
  assert.equal(await text(items.nth(1)), `${n.secondArea} „bei Online-Bezahlmöglichkeiten kooperieren“`);
  assert.match(await text(items.nth(3)), /bei der Suche nach neuen Geschäftsmodellen für Social Commerce/);
  assert.ok(await areas.getByText(n.source2).isVisible());
  const quote = scope.getByRole('region', { name: n.quote });
  assert.ok(await quote.isVisible(), 'the quote is on screen');
  const said = await text(quote);
  assert.ok(said.includes(n.original), said);
  assert.ok(said.includes('„Gemeinsam können wir nicht nur bestehenden Händlern ein einmaliges Angebot machen'), said);
  assert.ok(await quote.getByText(n.source4).isVisible());
}

describe('facts as of a day, in Chromium', () => {
  const suite = previewSuite();

  for (const lang of ['en', 'de']) {
    const n = NAMES[lang];

    it(`(${lang}) on 1 Dec 2012 names Alibaba and Sina, not the stake in Sina Weibo: heading, parties, tab`, async () => {
      const { page, problems, context } = await newPage(suite.browser);
      await gotoInteractive(page, `${suite.server.url}${n.prefix}/deals/${SEED}?asof=2012-12-01`);
      const heading = page.getByRole('heading', { level: 1 });
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, n.rumour);
      assert.equal(await text(heading), n.rumour);
      assert.equal(await text(page.locator('.deal-header__parties')), n.parties);
      await page.waitForFunction((title) => document.title === title, `${n.app} · ${n.rumour}`);
      const header = await text(page.locator('.deal-header'));
      assert.doesNotMatch(header, /Weibo|invests|steigt/, header);
      // The cooperation and the comment were not public yet.
      assert.equal(await page.getByRole('region', { name: n.areas }).count(), 0);
      assert.equal(await page.getByRole('region', { name: n.quote }).count(), 0);
      // One number style on one page: the stake chart's note writes the rumour's range as the event does.
      const range = lang === 'en' ? '15–20%' : '15–20 %';
      const stakeNote = await text(page.locator('[data-widget="stake"]'));
      assert.ok(stakeNote.includes(range), stakeNote);
      assert.ok(!/15\s?%\s?–/.test(stakeNote), stakeNote);
      await page.screenshot({ path: `${ARTIFACTS}/facts-2012-12-01-${lang}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`(${lang}) names the deal as of the day in the deals index and in an embed`, async () => {
      const { page, problems, context } = await newPage(suite.browser);
      await gotoInteractive(page, `${suite.server.url}${n.prefix}/deals?asof=2012-12-01`);
      const row = page.locator(`tr[data-deal="${SEED}"]`);
      await row.waitFor();
      assert.equal(await text(row.locator('.deals-table__name')), n.rumour);
      assert.doesNotMatch(await text(row), /Sina Weibo/);
      await gotoInteractive(page, `${suite.server.url}${n.prefix}/embed/${SEED}/kpis?asof=2012-12-01`);
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, n.rumour);
      await page.waitForFunction((title) => document.title === title, `${n.app} · ${n.rumour}`);
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`(${lang}) shows the cooperation’s areas and Charles Chao’s comment on the dashboard and in the KPI embed`, async () => {
      const { page, problems, context } = await newPage(suite.browser);
      await gotoInteractive(page, `${suite.server.url}${n.prefix}/deals/${SEED}`);
      assert.equal(await text(page.getByRole('heading', { level: 1 })), n.deal);
      await expectArticleWords(page, n);
      await page.getByRole('region', { name: n.quote }).screenshot({ path: `${ARTIFACTS}/facts-words-${lang}.png` });
      await gotoInteractive(page, `${suite.server.url}${n.prefix}/embed/${SEED}/kpis?asof=2013-04-29`);
      await expectArticleWords(page, n);
      await page.screenshot({ path: `${ARTIFACTS}/facts-kpi-embed-${lang}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`(${lang}) has the areas and the comment in the prerendered HTML, read without scripts`, async () => {
      const { page, context } = await newPage(suite.browser, { javaScriptEnabled: false });
      await page.goto(`${suite.server.url}${n.prefix}/deals/${SEED}`);
      await expectArticleWords(page, n);
      await page.goto(`${suite.server.url}${n.prefix}/embed/${SEED}/kpis`);
      await expectArticleWords(page, n);
      await context.close();
    });
  }
});
