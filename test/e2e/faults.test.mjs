import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expectConsoleError, gotoInteractive, newPage, previewSuite } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = 'alibaba-sina-weibo-2013';
const PAGES = [
  { name: 'dashboard', path: `/deals/${DEAL}`, view: 'currency=USD' },
  { name: 'timeline', path: `/deals/${DEAL}/timeline`, view: 'kinds=denial,announcement' },
  { name: 'embed', path: `/embed/${DEAL}/stake`, view: 'theme=dark' },
];
mkdirSync(ARTIFACTS, { recursive: true });

/** What the page itself did wrong: uncaught errors, and console errors other than the failed requests we asked for. */
function trackProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

describe('fault scenarios from the address (?mock=…)', () => {
  const suite = previewSuite();

  async function open(target, mock) {
    const { page, context } = await newPage(suite.browser);
    const problems = trackProblems(page);
    // The failed requests these scenarios ask for are the errors their console shows, on purpose.
    if (/^(error|offline)/.test(mock)) expectConsoleError(page, /Failed to load resource/);
    await gotoInteractive(page, `${suite.server.url}${target.path}?${target.view}&mock=${mock}`);
    return { page, context, problems };
  }

  /** The page still answers: the address kept its view and the mock, and the reader can still act. */
  async function expectUsable(page, target, mock) {
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('mock'), mock, 'the scenario stays in the address');
    for (const [key, value] of new URLSearchParams(target.view)) assert.equal(url.searchParams.get(key), value);
    if (target.name !== 'embed') {
      await page.getByLabel('Language').selectOption('de');
      await page.getByLabel('Sprache').waitFor();
      await page.getByLabel('Sprache').selectOption('en');
    }
  }

  for (const target of PAGES) {
    it(`${target.name}: error shows what failed, with a retry, and keeps the page`, async () => {
      const { page, context, problems } = await open(target, 'error');
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.textContent(), /Could not load .*The mocked API failed on purpose/);
      await alert.getByRole('button', { name: /Try again|Erneut versuchen/ }).click();
      await page.getByRole('alert').first().waitFor({ timeout: 20_000 });
      await expectUsable(page, target, 'error');
      await page.screenshot({ path: `${ARTIFACTS}/fault-error-${target.name}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`${target.name}: a malformed payload names the broken field`, async () => {
      const { page, context, problems } = await open(target, 'malformed');
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.textContent(), /terms\.consideration\.value/);
      assert.equal(await page.locator('.recharts-surface').count(), 0, 'no chart is drawn from a broken payload');
      await expectUsable(page, target, 'malformed');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`${target.name}: offline says the source could not be reached`, async () => {
      const { page, context, problems } = await open(target, 'offline');
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.textContent(), /Could not reach/);
      await expectUsable(page, target, 'offline');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`${target.name}: empty data shows empty states, not blanks`, async () => {
      const { page, context, problems } = await open(target, 'empty');
      await page.locator('.state--empty, .timeline-list-empty').first().waitFor({ timeout: 20_000 });
      const text = await page.locator('main').textContent();
      assert.match(text, target.name === 'timeline' ? /No events in this view/ : /No source reports/);
      assert.equal(await page.getByRole('alert').count(), 0);
      await expectUsable(page, target, 'empty');
      await page.screenshot({ path: `${ARTIFACTS}/fault-empty-${target.name}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`${target.name}: slow shows how long it has waited, then the content`, async () => {
      const { page, context, problems } = await open(target, 'slow');
      await page
        .getByText(/\(waiting [2-9] s\)/)
        .first()
        .waitFor({ timeout: 10_000 });
      await page.locator('.recharts-surface, .timeline [data-mark]').first().waitFor({ timeout: 20_000 });
      await expectUsable(page, target, 'slow');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('a fault on one endpoint stays in the widgets that need it', async () => {
    const { page, context, problems } = await open(PAGES[0], 'error:metrics');
    const users = page.getByRole('article', { name: 'Registered Weibo users' });
    await users.getByRole('alert').waitFor({ timeout: 20_000 });
    assert.match(await page.getByRole('article', { name: 'Price paid' }).textContent(), /€450m/);
    await page.locator('.chart-card[data-widget="stake"] .recharts-surface').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/fault-error-metrics.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
