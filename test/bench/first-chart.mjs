// Time to the first chart: when the first Recharts bar appears in the page, recorded inside the
// page by a MutationObserver set up before any script runs (no polling from outside).
import { newPage } from '../e2e/harness.mjs';

const RECORD_FIRST_BAR = () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.recharts-bar-rectangle')) {
      window.__firstChartMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

export async function timeToFirstChart(browser, url) {
  const { context, page } = await newPage(browser);
  try {
    await page.addInitScript(RECORD_FIRST_BAR);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstChartMs !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => window.__firstChartMs);
  } finally {
    await context.close();
  }
}
