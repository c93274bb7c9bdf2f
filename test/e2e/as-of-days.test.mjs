import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite, waitForStill } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
const DASHBOARD = '/deals/alibaba-sina-weibo-2013';
const MONTHS = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  de: 'Jan Feb März Apr Mai Juni Juli Aug Sept Okt Nov Dez',
};

/** "1 Dec 2012" or "1. Dez. 2012" as 2012-12-01. */
function isoOf(text, lang) {
  const [, day, month, year] = text.replace(/\s/g, ' ').match(/(\d{1,2})\.? (\p{L}+)\.? (\d{4})/u);
  const index = MONTHS[lang].split(' ').indexOf(month);
  assert.ok(index >= 0, `a month in "${text}"`);
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// What a reader sees on each day: the deal's status, the price paid, the users card, the events
// public then, and per chart the marks drawn (0 with its "not yet public" message in their place).
const EARLY = { stake: 0, valuation: 0, revenue: 0, option: 0 };
const DAYS = [
  {
    day: '2012-12-01',
    status: ['Rumoured', 'Gerücht'],
    price: false,
    users: ['400m+', 'über 400 Mio.'],
    events: 2,
    marks: { ...EARLY, users: 1 },
    denied: false,
  },
  {
    day: '2013-03-01',
    status: ['Rumour denied', 'Gerücht dementiert'],
    price: false,
    users: null,
    events: 4,
    marks: { ...EARLY, users: 2 },
    denied: true,
  },
  {
    day: '2013-04-28',
    status: ['Rumour denied', 'Gerücht dementiert'],
    price: false,
    users: null,
    events: 4,
    marks: { ...EARLY, users: 2 },
    denied: true,
  },
  {
    day: '2013-04-29',
    status: ['Announced', 'Bekanntgegeben'],
    price: ['€450m', '450 Mio. €'],
    users: null,
    events: 7,
    // The stake acquired (its headroom is a second bar), price and implied valuation, 36 months, two readings, price and cost.
    marks: { stake: 1, valuation: 2, revenue: 36, users: 2, option: 2 },
    denied: true,
  },
];

const BAR = {
  stake: 'bar-acquired',
  valuation: 'bar-valuation',
  revenue: 'bar-revenue',
  users: 'bar-users',
  option: 'bar-option',
};

/** Each chart as of the day: its marks, or its "not yet public" message; the rumour told as Sina's, denied or not. */
async function expectCharts(page, lang, marks, denied) {
  for (const [widget, count] of Object.entries(marks)) {
    const card = page.locator(`.chart-card[data-widget="${widget}"]`);
    const drawn = await card.locator(`.${BAR[widget]} .recharts-bar-rectangle path`).count();
    assert.equal(drawn, count, `${widget}: ${drawn} marks`);
    const empty = await card.locator('.state--empty').count();
    if (widget !== 'stake') assert.equal(empty, count === 0 ? 1 : 0, `${widget}: its empty state`);
  }
  // Before a stake in Weibo was public the card tells the rumour in words: no blank room kept for bars.
  if (marks.stake === 0) {
    const gap = await page.$eval('.chart-card[data-widget="stake"] .chart-card__chart', (box) => {
      const content = [...box.children].reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
      return box.getBoundingClientRect().height - content;
    });
    assert.ok(gap <= 2, `the stake card keeps ${gap} px of blank room under its note`);
  }
  const stake = (await page.locator('.chart-card[data-widget="stake"]').textContent()).replace(/\s/g, ' ');
  assert.match(stake, lang === 'en' ? /of Sina, the parent company/ : /bei Sina ein, dem Mutterkonzern/);
  assert.equal(/Sina denied it in February 2013|Sina dementierte im Februar 2013/.test(stake), denied, stake);
}

/** The timeline's subtitle: a range that ends by the day, counting only the events public then. */
async function expectTimeline(page, lang, day, events) {
  const subtitle = page.locator('.timeline__subtitle');
  await subtitle.waitFor();
  const text = (await subtitle.textContent()).replace(/\s/g, ' ');
  const [, from, to, count, total] = text.match(/^(.+?) – (.+?) · (\d+) (?:of|von) (\d+) /);
  assert.ok(isoOf(to, lang) <= day, `${text}: the range ends after ${day}`);
  assert.ok(isoOf(from, lang) < isoOf(to, lang), text);
  assert.equal(Number(total), events, text);
  assert.equal(Number(count), events, text);
}

describe('the dashboard as of a day, in Chromium', () => {
  const suite = previewSuite();

  for (const lang of ['en', 'de']) {
    for (const { day, status, price, users, events, marks, denied } of DAYS) {
      it(`on ${day} (${lang}) shows only what was public that day`, async () => {
        const options = lang === 'de' ? { locale: 'de-DE' } : {};
        const { page, problems, context } = await newPage(suite.browser, options);
        const i = lang === 'en' ? 0 : 1;
        await gotoInteractive(page, `${suite.server.url}${DASHBOARD}?asof=${day}`);
        const priceCard = page.getByRole('article', { name: lang === 'en' ? 'Price paid' : 'Kaufpreis' });
        await priceCard.waitFor();

        // The header: the deal's status as its events had it then.
        const header = page.locator('.deal-header__meta');
        await header.getByText(status[i], { exact: true }).waitFor({ timeout: 5000 });

        // The key figures: the price paid from the announcement day on, the 400M+ users from Nov 2012.
        const priceText = (await priceCard.textContent()).replace(/\s/g, ' ');
        if (price) assert.ok(priceText.includes(price[i]), priceText);
        else assert.match(priceText, lang === 'en' ? /Not public yet on/ : /Am .* noch nicht öffentlich/);
        if (users) {
          const usersCard = page.getByRole('article', {
            name: lang === 'en' ? 'Registered Weibo users' : 'Registrierte Weibo-Nutzer',
          });
          await usersCard.getByText(users[i].replace(/ /g, '\u00a0')).or(usersCard.getByText(users[i])).waitFor();
        }

        // The timeline: its range ends by the day, and it counts only the events public then.
        await waitForStill(page, '.timeline');
        await expectTimeline(page, lang, day, events);

        // The charts: only what was public that day.
        await waitForStill(page, 'main');
        await expectCharts(page, lang, marks, denied);

        await page.screenshot({ path: `${ARTIFACTS}/as-of-${day}-${lang}.png`, fullPage: true });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  it('follows a day typed into "Known as of", and shows everything again without it', async () => {
    const { page, problems, context } = await newPage(suite.browser);
    await gotoInteractive(page, `${suite.server.url}${DASHBOARD}`);
    await page.locator('.deal-header__meta').getByText('Announced', { exact: true }).waitFor();
    await page.getByRole('article', { name: 'Price paid' }).waitFor();
    await page.waitForFunction(() => / 8 of 8 events/.test(document.querySelector('.timeline__subtitle')?.textContent));
    await page.getByLabel('Known as of').fill('2012-12-01');
    await page.locator('.deal-header__meta').getByText('Rumoured', { exact: true }).waitFor({ timeout: 5000 });
    await page.waitForFunction(() => / 2 of 2 events/.test(document.querySelector('.timeline__subtitle')?.textContent));
    await expectTimeline(page, 'en', '2012-12-01', 2);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.waitForFunction(() => / 8 of 8 events/.test(document.querySelector('.timeline__subtitle')?.textContent));
    assert.match(await page.locator('.timeline__subtitle').textContent(), /2014 · 8 of 8 events/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
