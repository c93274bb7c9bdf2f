/*
 * Deal dashboard embeds: fits each <iframe data-deal-embed> to the height its widget reports.
 * Only messages from this script's own origin, of our own type, from one of those iframes count;
 * each iframe is matched by the window that sent the message, so several embeds resize on their own.
 * It writes nothing to the host page's console: it only ever posts to a frame holding our page.
 */
(function () {
  if (window.__dealDashboardEmbeds) return;
  window.__dealDashboardEmbeds = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;

  function ours(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch (e) {
      return false;
    }
  }
  // Whether the frame holds our page now. Until it does, it holds the host's own about:blank (still
  // loading, or lazy and out of sight), and a message for our origin would be refused with a warning.
  function showsOurPage(frame) {
    if (!frame.contentWindow) return false;
    var doc = frame.contentDocument;
    // A document the host cannot read is the cross-origin page its src (our origin) loaded.
    if (doc === null) return true;
    // On our own origin the host can read it: our page, or still about:blank.
    return doc.location.href.indexOf(origin + '/') === 0;
  }
  function ping(frame) {
    if (showsOurPage(frame)) frame.contentWindow.postMessage({ type: 'deal-dashboard:embed-ping' }, origin);
  }
  // An embed that loaded before this script reported its height to nobody: ask it again now. The
  // others report once their widget has drawn; each load (a reload inside the frame) asks once more.
  function watch() {
    var frames = document.querySelectorAll('iframe[data-deal-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.__dealEmbedWatched || !ours(frame)) continue;
      frame.__dealEmbedWatched = true;
      frame.addEventListener('load', ping.bind(null, frame));
      ping(frame);
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
