/*
 * Deal dashboard embeds: fits each <iframe data-deal-embed> to the height its widget reports.
 * Only messages from this script's own origin, of our own type, from one of those iframes count;
 * each iframe is matched by the window that sent the message, so several embeds resize on their own.
 */
(function () {
  if (window.__dealDashboardEmbeds) return;
  window.__dealDashboardEmbeds = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  // Embeds that loaded before this script have already reported: ask them again, now and on load.
  function ping(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'deal-dashboard:embed-ping' }, origin);
  }
  function watch() {
    var frames = document.querySelectorAll('iframe[data-deal-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      if (!frames[i].__dealEmbedWatched) {
        frames[i].__dealEmbedWatched = true;
        frames[i].addEventListener('load', ping.bind(null, frames[i]));
      }
      ping(frames[i]);
    }
  }
  if (origin) {
    watch();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  }
  window.addEventListener('message', function (event) {
    if (!origin || event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'deal-dashboard:embed-resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-deal-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
