import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expectConsoleError, gotoInteractive, newPage, previewSuite } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

describe('the dashboard in Chromium, served from the production build', () => {
  const suite = previewSuite();

  it('opens the seed deal at / with four KPI cards, their statuses and sources', async () => {
    const { page, problems, context } = await newPage(suite.browser);
    await gotoInteractive(page, suite.server.url + '/');
    await page.waitForURL('**/deals/alibaba-sina-weibo-2013');
    const cards = page.locator('.kpi-card[data-figure]');
    await cards.nth(3).waitFor();
    assert.equal(await cards.count(), 4);
    const values = await page.locator('.kpi-card__value').allTextContents();
    assert.deepEqual(values, ['€450m', '30%', 'about €290m', '400m+']);
    assert.deepEqual(await page.locator('.kpi-card .status-badge').first().textContent(), '● Reported');
    assert.match(await page.locator('h1').textContent(), /Alibaba/);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-light-en.png`, fullPage: true });

    // The source shows on focus, and the details quote the article's German words.
    const trigger = page.getByRole('button', { name: /Source: silicon\.de, line 1/ });
    await trigger.focus();
    const tooltip = page.locator(
      `#${await trigger.getAttribute('aria-describedby').then((id) => id.replace(/:/g, '\\:'))}`,
    );
    assert.equal(await tooltip.isVisible(), true);
    assert.match(await tooltip.textContent(), /silicon\.de \(German article, undated\) · primary source · line 1/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Price paid/ });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /beläuft sich genauer auf 450 Millionen Euro/);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-details.png` });
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows German formatting and the dark theme', async () => {
    const { page, problems, context } = await newPage(suite.browser, { colorScheme: 'dark', locale: 'de-DE' });
    await gotoInteractive(page, suite.server.url + '/deals/alibaba-sina-weibo-2013');
    await page.locator('.kpi-card[data-figure]').nth(3).waitFor();
    // Intl writes non-breaking spaces; compare them as plain ones.
    const values = (await page.locator('.kpi-card__value').allTextContents()).map((v) => v.replace(/\s/g, ' '));
    assert.deepEqual(values, ['450 Mio. €', '30 %', 'etwa 290 Mio. €', 'über 400 Mio.']);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(15, 19, 26)');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-dark-de.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows a not-found page for an unknown deal, with a way back', async () => {
    const { page, context } = await newPage(suite.browser);
    // The unknown deal's requests answer 404, as they should: the console says so, and nothing else.
    expectConsoleError(page, /Failed to load resource: .* status of 404/);
    await gotoInteractive(page, suite.server.url + '/deals/no-such-deal');
    await page.getByRole('heading', { name: 'Deal not found' }).waitFor();
    await page.getByRole('link', { name: /Alibaba–Sina Weibo/ }).click();
    await page.locator('.kpi-card[data-figure]').nth(3).waitFor();
    await context.close();
  });
});
