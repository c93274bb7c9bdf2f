import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectConsoleError, gotoInteractive, newPage, previewSuite } from './harness.mjs';

const DEAL = 'alibaba-sina-weibo-2013';

// Every CSP violation the page meets, reported or not, collected from the first script on.
const COLLECT_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
};

describe('the Content-Security-Policy of the built app', () => {
  const suite = previewSuite();

  async function visit(path, act = async () => {}) {
    const { page, context, problems } = await newPage(suite.browser, { acceptDownloads: true });
    await page.addInitScript(COLLECT_VIOLATIONS);
    // The fault scenario's failed request is the one error its console shows, on purpose.
    if (path.includes('mock=error')) expectConsoleError(page, /Failed to load resource: .* status of 500/);
    await gotoInteractive(page, suite.server.url + path);
    await page.locator('.recharts-surface, .timeline [data-mark], .embed__footer').first().waitFor();
    await act(page);
    // Everything the page will fetch has been fetched (violations are reported as loads are refused).
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => window.__cspViolations);
    await context.close();
    return { violations, problems };
  }

  it('forbids inline script and eval, and allows only this origin for scripts and data', async () => {
    const html = await (await fetch(`${suite.server.url}/deals/${DEAL}`)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      .replaceAll('&#39;', "'");
    assert.ok(policy, 'the page carries a policy');
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-eval/);
    assert.match(policy, /connect-src 'self'(;|$)/);
    assert.match(policy, /object-src 'none'/);
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, 'no inline script in the page');
  });

  it('sees no violation on the dashboard, the timeline with its exports, the embeds and a fault scenario', async () => {
    const pages = [
      [`/deals/${DEAL}`],
      [
        `/deals/${DEAL}/timeline`,
        async (page) => {
          for (const label of ['Image (PNG)', 'Vector (SVG)', 'Table (CSV)']) {
            await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
          }
        },
      ],
      [`/embed/${DEAL}/stake?theme=dark`],
      [`/embed/${DEAL}/timeline`],
      [`/deals/${DEAL}?mock=error:metrics`],
    ];
    for (const [path, act] of pages) {
      const { violations, problems } = await visit(path, act);
      assert.deepEqual(violations, [], path);
      assert.deepEqual(
        problems.filter((p) => !(path.includes('mock=error') && /Failed to load resource/.test(p))),
        [],
        path,
      );
    }
  });
});
