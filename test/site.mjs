// The app's routes and widgets table (src/app/site.ts), as the build writes it to
// dist/.vite/site.json: for the scripts that run on a build and cannot import TypeScript (the JS
// budgets, the bench, the browser tests). Written once there; nothing here lists a widget.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The build the browser tests run against (E2E_DIST, as test/e2e/harness.mjs), by default dist/.
const DEFAULT_DIST = process.env.E2E_DIST || fileURLToPath(new URL('../dist', import.meta.url));

/** The table of the build in `dist`: { widgetIds, widgets, routes, budgeted }. */
export function readSite(dist = DEFAULT_DIST) {
  const file = path.join(dist, '.vite', 'site.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm run build writes it)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every widget id, in the dashboard's order. */
export const widgetIds = (dist) => readSite(dist).widgetIds;

/** The charts: the widgets of the dashboard's chart grid (`onDashboard: 'grid'`), in its order. */
export const chartIds = (dist) => {
  const { widgetIds: ids, widgets } = readSite(dist);
  return ids.filter((id) => widgets[id].onDashboard === 'grid');
};
