/*
 * Runs before the first paint (a small blocking script from the app's origin; the
 * Content-Security-Policy allows no inline script). It sets what the page must look like before
 * anything is drawn, so that a reader never sees a flash of another theme or language:
 * - the theme on <html>: an embed's `theme` from its address, a page's saved choice;
 * - the language: a page's address without a language goes to the German one (/de/...) when the
 *   reader chose German or the browser asks for it; an old embed address with `locale=` goes to
 *   the embed's address in that language;
 * - that scripts run (class "no-js" off), so the static fallback for readers without scripts
 *   (tables in place of charts) stays off;
 * - on a prerendered page whose address asks for another view than its HTML shows (a permalink,
 *   a fault scenario), that view is hidden until the app has drawn the address's view.
 * Kept in step with src/app/prerendered-view.ts, src/lib/locale-path.ts and src/lib/preferences.tsx
 * by src/app/boot.test.ts.
 */
(function () {
  var STORAGE_KEY = 'deal-dashboard:preferences';
  var PRERENDERED_META = 'deal-dashboard:prerendered';
  var NEUTRAL_KEYS = ['theme'];
  var THEMES = ['auto', 'light', 'dark'];
  var root = document.documentElement;
  var here = window.location;
  root.classList.remove('no-js');

  function stored() {
    try {
      var value = JSON.parse(window.localStorage.getItem(STORAGE_KEY));
      return value && typeof value === 'object' ? value : {};
    } catch (e) {
      return {};
    }
  }
  function single(params, key) {
    var values = params.getAll(key);
    return values.length === 1 ? values[0] : null;
  }

  var params = new URLSearchParams(here.search);
  var german = here.pathname === '/de' || here.pathname.indexOf('/de/') === 0;
  var path = german ? here.pathname.slice(3) || '/' : here.pathname;
  var embed = path.indexOf('/embed/') === 0;
  var saved = embed ? {} : stored();

  var locale = null;
  if (embed && params.has('locale')) {
    var asked = single(params, 'locale');
    params.delete('locale');
    locale = asked === 'de' || asked === 'en' ? asked : german ? 'de' : 'en';
  } else if (!embed && !german) {
    var language = (navigator.language || '').slice(0, 2);
    if (saved.locale === 'de' || (saved.locale !== 'en' && language === 'de')) locale = 'de';
  }
  if (locale !== null) {
    var query = params.toString();
    var target =
      (locale === 'de' ? (path === '/' ? '/de' : '/de' + path) : path) + (query ? '?' + query : '') + here.hash;
    if (target !== here.pathname + here.search + here.hash) {
      root.dataset.view = 'leaving';
      here.replace(target);
      return;
    }
  }

  var theme = embed ? single(params, 'theme') : saved.theme;
  root.dataset.theme = THEMES.indexOf(theme) >= 0 ? theme : 'auto';

  if (document.querySelector('meta[name="' + PRERENDERED_META + '"]')) {
    var keys = Array.from(params.keys());
    var other = keys.some(function (key) {
      return NEUTRAL_KEYS.indexOf(key) < 0;
    });
    if (other) {
      root.dataset.view = 'pending';
      // Should the app's code never come, the HTML's view is better than nothing.
      setTimeout(function () {
        if (root.dataset.view === 'pending') delete root.dataset.view;
      }, 10000);
    }
  }
})();
