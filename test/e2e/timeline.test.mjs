import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const PAGE = '/deals/alibaba-sina-weibo-2013/timeline';
// Feb-May 2013, three kinds: the denial, the 500M users, the deal and the two market moves.
const VIEW = '?from=2013-02-01&to=2013-05-31&kinds=denial,announcement,market';
const VIEW_IDS = [
  'denial-2013-02',
  'users-2013-02',
  'deal-2013-04-29',
  'market-open-2013-04-29',
  'market-close-2013-04-29',
];
mkdirSync(ARTIFACTS, { recursive: true });

const subtitle = (page) => page.locator('.timeline__subtitle').textContent();

/** Clicks an export button and returns the download's file name and bytes. */
async function exportAs(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 1));
    else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

describe('the timeline in Chromium', () => {
  const suite = previewSuite();

  async function page(path, options) {
    const opened = await newPage(suite.browser, { acceptDownloads: true, ...options });
    await gotoInteractive(opened.page, suite.server.url + path);
    await opened.page.locator('.timeline[data-ready="true"] [data-mark]').first().waitFor();
    return opened;
  }

  it('zooms, filters, and restores exactly that view from its permalink', async () => {
    const { page: p, problems, context } = await page(PAGE);
    assert.match(await subtitle(p), /8 of 8 events/);
    await p.getByRole('application').focus();
    await p.keyboard.press('+');
    await p.keyboard.press('ArrowRight');
    await p.getByRole('checkbox', { name: 'Market' }).uncheck();
    await p.locator('.timeline-list [role="option"]').first().click();
    await p.waitForURL((url) => ['from', 'to', 'kinds', 'event'].every((key) => url.searchParams.has(key)));
    const before = {
      url: p.url(),
      subtitle: await subtitle(p),
      detail: await p.locator('.timeline-detail__title').textContent(),
    };
    assert.doesNotMatch(before.subtitle, /8 of 8 events/);
    await p.reload();
    await p.locator('.timeline[data-ready="true"]').waitFor();
    assert.equal(p.url(), before.url);
    assert.equal(await subtitle(p), before.subtitle);
    assert.equal(await p.locator('.timeline-detail__title').textContent(), before.detail);
    assert.equal(await p.getByRole('checkbox', { name: 'Market' }).isChecked(), false);
    await p.screenshot({ path: `${ARTIFACTS}/timeline-permalink.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('draws a month-precision event across its month, not on a made-up day', async () => {
    const { page: p, context } = await page(PAGE);
    const band = p.locator('[data-event-id="denial-2013-02"] rect[data-month]');
    const width = Number(await band.getAttribute('width'));
    const perDay = await p.evaluate(() => {
      const ticks = [...document.querySelectorAll('[data-tick]')].map((g) => g.transform.baseVal[0].matrix.e);
      return (ticks[1] - ticks[0]) / 91;
    });
    assert.ok(
      Math.abs(width - 28 * perDay) < 2,
      `a February band should be 28 days wide: ${width} px vs ${28 * perDay}`,
    );
    await context.close();
  });

  it('exports exactly the visible view as CSV, JSON, ICS, SVG and a 2x PNG', async () => {
    const { page: p, problems, context } = await page(PAGE + VIEW);
    assert.match(await subtitle(p), /5 of 8 events/);
    // The kinds filter is part of the view, so it is part of the name.
    const base = 'alibaba-sina-weibo-2013-timeline-2013-02-01-2013-05-31-kinds-denial-announcement-market';

    const csv = await exportAs(p, 'Table (CSV)');
    assert.equal(csv.name, `${base}.csv`);
    const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    assert.deepEqual(
      rows.slice(1).map((r) => r[0]),
      VIEW_IDS,
    );
    assert.ok(
      rows.some((r) => r.join('|').includes('Noch im Februar kommentierte Sina ausdrücklich, dies sei falsch,')),
    );

    const json = await exportAs(p, 'Data (JSON)');
    assert.equal(json.name, `${base}.json`);
    const data = JSON.parse(json.bytes.toString('utf8'));
    assert.deepEqual(
      data.events.map((e) => e.id),
      VIEW_IDS,
    );
    assert.deepEqual(data.range, { from: '2013-02-01', to: '2013-05-31' });
    // The figures the events refer to travel with them, each with its status and sources.
    const stake = data.figures.find((f) => f.id === 'stake-acquired');
    assert.equal(stake.status, 'reported');
    assert.ok(stake.sources.length > 0);
    assert.ok(data.figures.some((f) => f.id === 'consideration'));

    const ics = await exportAs(p, 'Calendar (ICS)');
    assert.equal(ics.name, `${base}.ics`);
    const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, VIEW_IDS.length);
    assert.equal(events[0].startDate.toString(), '2013-02-01');
    assert.equal(events[0].endDate.toString(), '2013-03-01');
    assert.match(events[0].summary, /day not known/, 'a month-precision event says the day is unknown');
    assert.match(events[0].description, /^Only the month is known \(Feb 2013\)/);

    const svg = await exportAs(p, 'Vector (SVG)');
    assert.equal(svg.name, `${base}.svg`);
    const svgText = svg.bytes.toString('utf8');
    assert.match(svgText, /@font-face\{font-family:'Inter';font-weight:400;src:url\(data:font\/woff2;base64,/);
    assert.doesNotMatch(svgText, /var\(--/, 'styles are resolved, not left as CSS variables');
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        events: [...doc.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id')),
        text: doc.documentElement.textContent,
      };
    }, svgText);
    assert.equal(parsed.error, null);
    assert.deepEqual(parsed.events.sort(), ['deal-2013-04-29', 'denial-2013-02', 'users-2013-02']);
    assert.match(parsed.text, /1 Feb 2013 – 31 May 2013/);
    assert.ok(parsed.text.includes('silicon.de (German article, undated)'), 'the sources are written out');

    const png = await exportAs(p, 'Image (PNG)');
    assert.equal(png.name, `${base}.png`);
    const svgWidth = Number(await p.locator('svg.timeline-svg').getAttribute('width'));
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.bytes.readUInt32BE(16), svgWidth * 2, 'the PNG is drawn at twice the pixel density');
    assert.equal(png.bytes.readUInt32BE(20) % 2, 0);

    // The SVG opens on its own, with nothing but itself.
    const viewer = await context.newPage();
    await viewer.setContent(`<img id="x" src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}">`);
    assert.ok(
      await viewer.evaluate(() =>
        document
          .getElementById('x')
          .decode()
          .then(() => document.getElementById('x').naturalWidth),
      ),
    );
    await viewer.screenshot({ path: `${ARTIFACTS}/timeline-export-svg.png` });
    await viewer.goto(`data:image/png;base64,${png.bytes.toString('base64')}`);
    await viewer.screenshot({ path: `${ARTIFACTS}/timeline-export-png.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('exports without a network once the page has loaded', async () => {
    const { page: p, context } = await page(PAGE + VIEW);
    // The exporter and its font arrive while the reader looks at the page; then the network goes.
    await p.locator('.timeline__export[data-prepared="true"]').waitFor();
    await context.setOffline(true);
    const png = await exportAs(p, 'Image (PNG)');
    assert.ok(png.bytes.length > 5000);
    const csv = await exportAs(p, 'Table (CSV)');
    assert.equal(parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, '')).length, VIEW_IDS.length + 1);
    await context.close();
  });

  it('clusters 10,000 events with counts, and zooming in splits them', async () => {
    const { page: p, problems, context } = await page('/deals/synthetic-10k/timeline');
    const read = () =>
      p.$$eval('[data-mark]', (marks) => ({
        marks: marks.length,
        inClusters: marks.filter((m) => m.dataset.mark === 'cluster').map((m) => Number(m.dataset.count)),
      }));
    const wide = await read();
    const visible = Number(await p.locator('.timeline').getAttribute('data-visible'));
    assert.equal(visible, 10_000);
    assert.ok(wide.marks < 700, `${wide.marks} marks for 10,000 events`);
    assert.equal(wide.inClusters.reduce((a, b) => a + b, 0) + (wide.marks - wide.inClusters.length), 10_000);
    await p.getByRole('application').focus();
    for (let i = 0; i < 5; i += 1) await p.keyboard.press('+');
    await p.waitForFunction(() => !document.querySelector('.timeline__subtitle').textContent.includes('10,000 of'));
    const narrow = await read();
    assert.ok(Math.max(...narrow.inClusters, 1) < Math.max(...wide.inClusters), 'clusters split as the view narrows');
    await p.screenshot({ path: `${ARTIFACTS}/timeline-10k.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('zooms into a cluster when it is selected, until its events stand apart', async () => {
    const { page: p, problems, context } = await page('/deals/synthetic-1k/timeline');
    const cluster = p.locator('[data-mark="cluster"][aria-label*="select to zoom in"]').first();
    const count = Number(await cluster.getAttribute('data-count'));
    const before = await subtitle(p);
    await cluster.click();
    await p.waitForFunction((text) => document.querySelector('.timeline__subtitle').textContent !== text, before);
    const visible = Number(await p.locator('.timeline').getAttribute('data-visible'));
    assert.ok(visible >= count && visible < 1000, `${visible} events in view after zooming into ${count}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lists the events of a same-day cluster, by pointer and by keyboard', async () => {
    const { page: p, problems, context } = await page(PAGE);
    const cluster = p.locator('[data-mark="cluster"][data-kind="market"]');
    assert.equal(await cluster.getAttribute('data-count'), '2');
    // Both titles stand on the axis beside the cluster.
    assert.equal(await p.locator('[data-label="market-open-2013-04-29"]').count(), 1);
    assert.equal(await p.locator('[data-label="market-close-2013-04-29"]').count(), 1);

    await cluster.click();
    const list = p.getByRole('dialog', { name: /2 events on 29 Apr 2013/ });
    await list.getByRole('button', { name: 'SINA shares close up 9.3% at US$55.03' }).click();
    await p.waitForURL((url) => url.searchParams.get('event') === 'market-close-2013-04-29');
    assert.equal(await p.locator('.timeline-detail__title').textContent(), 'SINA shares close up 9.3% at US$55.03');

    await cluster.focus();
    await p.keyboard.press('Enter');
    await list.waitFor();
    assert.equal(
      await p.evaluate(() => document.activeElement.textContent),
      'SINA shares open about 19% higher',
      'focus moves into the list',
    );
    await p.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    assert.equal(
      await p.evaluate(() => document.activeElement.dataset.mark),
      'cluster',
      'focus returns to the cluster',
    );
    await p.keyboard.press(' ');
    await list.getByRole('button').first().waitFor();
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.waitForURL((url) => url.searchParams.get('event') === 'market-close-2013-04-29');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('makes a list row look selected only while its event is selected, and the focus ring another look', async () => {
    const { page: p, problems, context } = await page(`${PAGE}${VIEW}`);
    const rows = p.locator('.timeline-option');
    await rows.first().waitFor();
    /** Each row's look, by event id: what paints its background, its edge and its title. */
    const looks = () =>
      rows.evaluateAll((elements) =>
        Object.fromEntries(
          elements.map((row) => {
            const style = getComputedStyle(row);
            const title = getComputedStyle(row.querySelector('.timeline-option__title'));
            const look = [style.backgroundColor, style.boxShadow, style.outlineStyle, title.textDecorationLine];
            return [row.dataset.eventId, look.join(' | ')];
          }),
        ),
      );
    /** The ids of the rows that look unlike the plain ones (the look most rows share). */
    const standingOut = async () => {
      const byId = await looks();
      const counts = new Map();
      for (const look of Object.values(byId)) counts.set(look, (counts.get(look) ?? 0) + 1);
      const plain = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      return Object.entries(byId)
        .filter(([, look]) => look !== plain)
        .map(([id]) => id);
    };

    assert.deepEqual(await standingOut(), [], 'with nothing selected, no row looks selected');

    await p.locator('.timeline-option[data-event-id="users-2013-02"]').click();
    await p.waitForURL((url) => url.searchParams.get('event') === 'users-2013-02');
    assert.deepEqual(await standingOut(), ['users-2013-02'], 'the clicked row looks selected');

    // Another event, selected on the axis: the row clicked before looks like any other again.
    await p.locator('[data-mark="event"][data-event-id="deal-2013-04-29"]').click();
    await p.waitForURL((url) => url.searchParams.get('event') === 'deal-2013-04-29');
    assert.deepEqual(await standingOut(), ['deal-2013-04-29'], 'only the newly selected row looks selected');

    // The keyboard's place in the list is a focus ring, not a second selection.
    await p.locator('.timeline-list').focus();
    await p.keyboard.press('Home');
    const first = VIEW_IDS[0];
    await p.waitForFunction(
      (id) =>
        getComputedStyle(document.querySelector(`.timeline-option[data-event-id="${id}"]`)).outlineStyle === 'solid',
      first,
    );
    const byId = await looks();
    assert.deepEqual((await standingOut()).sort(), [first, 'deal-2013-04-29'].sort());
    assert.notEqual(byId[first], byId['deal-2013-04-29'], 'the focus ring looks unlike the selection');
    assert.match(byId[first], /\| solid \|/, 'the row under the keyboard has a focus outline');
    assert.doesNotMatch(byId['deal-2013-04-29'], /\| solid \|/, 'the selected row has no focus outline');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('zooms around the events, never into an empty view, and Back undoes each step', async () => {
    const { page: p, problems, context } = await page(PAGE);
    const zoomIn = p.getByRole('button', { name: 'Zoom in' });
    const urls = [p.url()];
    for (let i = 0; i < 4; i += 1) {
      const before = p.url();
      await zoomIn.click();
      await p.waitForURL((url) => url.href !== before);
      urls.push(p.url());
      assert.doesNotMatch(await subtitle(p), / 0 of 8 events/, `step ${i + 1}: ${await subtitle(p)}`);
    }
    // Back walks the steps in reverse; the view follows the address.
    for (let i = urls.length - 2; i >= 0; i -= 1) {
      await p.goBack();
      await p.waitForURL(urls[i]);
    }
    await p.waitForFunction(() => document.querySelector('.timeline__subtitle').textContent.includes('8 of 8 events'));
    await p.goForward();
    await p.waitForURL(urls[1]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('writes back the range it shows, so the address says exactly what is on screen', async () => {
    const { page: p, problems, context } = await page(`${PAGE}?from=2013-04-27&to=2013-05-01`);
    // A view is at least a week wide: 27 Apr to 3 May, and the address says so.
    await p.waitForURL((url) => url.searchParams.get('to') === '2013-05-03');
    assert.equal(new URL(p.url()).searchParams.get('from'), '2013-04-27');
    assert.match(await subtitle(p), /^27 Apr 2013 – 3 May 2013/);
    // It replaced the entry instead of adding one: Back leaves the page.
    assert.equal(await p.evaluate(() => history.length), 2);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
