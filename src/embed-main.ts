// The entry of a prerendered embed (embed-page.html, see vite.config.ts): the embed paints from its
// HTML, reports its height to the host page, and loads the app (main.tsx, which takes the HTML over)
// only when a reader reaches for it or the browser is idle with the embed in view (when-wanted.ts).
import { holdClicksUntilInteractive } from './app/embed/hold-clicks';
import { paperBeforeApp } from './app/embed/paper-before-app';
import { reportEmbedHeight } from './app/embed/report-height';
import { whenWanted } from './app/embed/when-wanted';
import { loadApp } from './app/load-app';
import './styles.css';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  loadApp();
};

reportEmbedHeight();
holdClicksUntilInteractive();
// A printout of the embed (or of the report it is in) shows its data table and when it was printed even before the app has come.
paperBeforeApp(start);
// public/boot.js marks a page whose address asks for another view than its HTML (a permalink, a
// fault scenario: `pending`) or that it is leaving for its German address: that view is drawn by the app now.
if (document.documentElement.dataset.view) start();
else whenWanted(start, document.querySelector('main') ?? document.body);
