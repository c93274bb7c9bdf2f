// The entry of the app's pages (index.html): starts the app (main.tsx) at once. A module of its own
// because an embed's entry (embed-main.ts) loads main.tsx on demand, and a module that is both an
// entry and loaded on demand left the bundler without an entry chunk for the page.
import { startApp } from './main';

// A page public/boot.js is leaving for its German address draws nothing: the German page starts its own app.
if (document.documentElement.dataset.view !== 'leaving') startApp();
