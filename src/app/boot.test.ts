import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_PREFIX, localePath } from '../lib/locale-path';
import { PREFERENCES_KEY } from '../lib/preferences';
import { drawsPrerenderedView, PRERENDERED_META } from './prerendered-view';

// public/boot.js runs before the first paint, as a plain script: it cannot import the modules it
// must agree with. These tests run it against a page of their own and check it against them.
const BOOT = readFileSync(resolve(process.cwd(), 'public/boot.js'), 'utf8');

interface Run {
  /** The address it ran at, and where it sent the reader (null: it stayed). */
  replacedBy: string | null;
  root: HTMLElement;
}

function boot(address: string, { prerendered = true, stored = null as string | null, language = 'en-GB' } = {}): Run {
  const url = new URL(address, 'https://deals.example');
  const doc = document.implementation.createHTMLDocument('page');
  doc.documentElement.className = 'no-js';
  doc.documentElement.dataset.theme = 'auto';
  if (prerendered) {
    const meta = doc.createElement('meta');
    meta.name = PRERENDERED_META;
    doc.head.append(meta);
  }
  const storage = new Map(stored === null ? [] : [[PREFERENCES_KEY, stored]]);
  let replacedBy: string | null = null;
  const location = {
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    replace: (to: string) => (replacedBy = to),
  };
  const window = { location, localStorage: { getItem: (key: string) => storage.get(key) ?? null } };
  const run = new Function('window', 'document', 'navigator', 'setTimeout', BOOT);
  run(window, doc, { language }, () => undefined);
  return { replacedBy, root: doc.documentElement };
}

afterEach(() => vi.restoreAllMocks());

describe('boot.js: the theme before the first paint', () => {
  it('takes an embed’s theme from its address, never from the reader’s saved choice', () => {
    expect(boot('/embed/d1/stake?theme=dark').root.dataset.theme).toBe('dark');
    expect(boot('/embed/d1/stake', { stored: '{"theme":"dark"}' }).root.dataset.theme).toBe('auto');
    expect(boot('/embed/d1/stake?theme=%3Cb%3E').root.dataset.theme).toBe('auto');
    expect(boot('/embed/d1/stake?theme=dark&theme=light').root.dataset.theme).toBe('auto');
  });

  it('takes a page’s theme from the choice saved under the app’s key, and ignores a bad one', () => {
    expect(boot('/deals/d1', { stored: '{"theme":"dark"}' }).root.dataset.theme).toBe('dark');
    expect(boot('/deals/d1', { stored: '{"theme":"neon"}' }).root.dataset.theme).toBe('auto');
    expect(boot('/deals/d1', { stored: 'not json' }).root.dataset.theme).toBe('auto');
  });

  it('says that scripts run, so the static fallback stays off', () => {
    expect(boot('/deals/d1').root.classList.contains('no-js')).toBe(false);
  });
});

describe('boot.js: the language before the first paint', () => {
  it('sends a reader who chose German, or whose browser asks for it, to the German address, view kept', () => {
    expect(boot('/deals/d1?asof=2013-01-01#x', { stored: '{"locale":"de"}' }).replacedBy).toBe(
      `${localePath('de', '/deals/d1')}?asof=2013-01-01#x`,
    );
    expect(boot('/deals', { language: 'de-AT' }).replacedBy).toBe(localePath('de', '/deals'));
    expect(boot('/', { language: 'de-DE' }).replacedBy).toBe(localePath('de', '/'));
  });

  it('leaves a reader where they are otherwise', () => {
    expect(boot('/deals/d1', { stored: '{"locale":"en"}', language: 'de-DE' }).replacedBy).toBeNull();
    expect(boot('/deals/d1', { language: 'fr-FR' }).replacedBy).toBeNull();
    // A German address stays German: the link says so.
    expect(boot(localePath('de', '/deals/d1'), { stored: '{"locale":"en"}' }).replacedBy).toBeNull();
  });

  it('moves an old embed address with locale= to the embed in that language, and embeds ignore the reader', () => {
    expect(boot('/embed/d1/kpis?locale=de&theme=dark').replacedBy).toBe(
      `${localePath('de', '/embed/d1/kpis')}?theme=dark`,
    );
    expect(boot(`${localePath('de', '/embed/d1/kpis')}?locale=en`).replacedBy).toBe('/embed/d1/kpis');
    expect(boot('/embed/d1/kpis?locale=fr').replacedBy).toBe('/embed/d1/kpis');
    expect(boot('/embed/d1/kpis', { stored: '{"locale":"de"}', language: 'de-DE' }).replacedBy).toBeNull();
  });

  it('hides the page while it leaves, so nothing of the other language is painted', () => {
    expect(boot('/deals/d1', { stored: '{"locale":"de"}' }).root.dataset.view).toBe('leaving');
  });

  it('knows every language prefix the app routes', () => {
    for (const [locale, prefix] of Object.entries(LOCALE_PREFIX)) {
      if (!prefix) continue;
      expect(boot(`${prefix}/embed/d1/kpis?locale=en`).replacedBy, locale).toBe('/embed/d1/kpis');
    }
  });
});

describe('boot.js: a prerendered page at a view its HTML does not show', () => {
  const searches = ['', '?theme=dark', '?asof=2013-01-01', '?mock=error', '?from=2013-01-01&theme=light', '?x=1'];

  it('hides the HTML’s view exactly when the app will not take it over as it is', () => {
    for (const search of searches) {
      const pending = boot(`/deals/d1${search}`).root.dataset.view === 'pending';
      expect(pending, search).toBe(!drawsPrerenderedView(search));
    }
  });

  it('hides nothing on a page drawn in the client (no prerendered HTML)', () => {
    expect(boot('/deals/d1?asof=2013-01-01', { prerendered: false }).root.dataset.view).toBeUndefined();
  });
});
