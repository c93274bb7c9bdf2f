// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../lib/i18n';
import { budgetedPages, ROUTE_CODE, siteJson, WIDGET_IDS, WIDGET_TABLE, widgetModule } from './site';
import { WIDGETS } from './widgets/registry';
import { loadGerman } from '../../test/german';

loadGerman();

// The routes and widgets table is written once (site.ts): these check that each reader takes it
// from there, so that adding a widget is its row, its model and its view.
const read = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');

describe('the routes and widgets table (site.ts)', () => {
  it('is plain data: no module of the app, no React, no loader (scripts read it as JSON)', () => {
    const imports = read('src/app/site.ts').match(/^import .*$/gm) ?? [];
    for (const line of imports) expect(line).toMatch(/^import type /);
    expect(JSON.parse(JSON.stringify(siteJson()))).toEqual(siteJson());
  });

  it('gives budgets.json exactly one budget per page the build weighs', () => {
    const budgets = JSON.parse(read('budgets.json')) as { initialJsGzipKB: Record<string, number> };
    expect(Object.keys(budgets.initialJsGzipKB).sort()).toEqual(
      budgetedPages()
        .map((p) => p.name)
        .sort(),
    );
  });

  it('names route modules that exist and that the router loads', () => {
    const router = read('src/app/router.tsx');
    for (const { module } of Object.values(ROUTE_CODE)) {
      expect(existsSync(resolve(process.cwd(), module)), module).toBe(true);
      const relative = `./${module.replace(/^src\/app\//, '').replace(/\.tsx$/, '')}`;
      expect(router, module).toContain(`import('${relative}')`);
    }
  });

  it.each(WIDGET_IDS)("%s's view is the module the registry loads and its embed's budget weighs", async (id) => {
    const module = (await import(/* @vite-ignore */ resolve(process.cwd(), widgetModule(id)))) as Record<
      string,
      unknown
    >;
    const { default: loaded } = await WIDGETS[id].load();
    expect(Object.values(module)).toContain(loaded);
    expect(budgetedPages().find((p) => p.name === `embed ${id}`)?.modules).toContain(widgetModule(id));
  });

  it('has no widget module the table does not list', () => {
    const views = readdirSync(resolve(process.cwd(), 'src/app/widgets')).filter((f) => /-widget\.tsx$/.test(f));
    expect(views.map((f) => `src/app/widgets/${f}`).sort()).toEqual(WIDGET_IDS.map(widgetModule).sort());
  });

  it('puts the key figures first and the timeline in its own panel, as the dashboard draws them', () => {
    expect(WIDGET_IDS.filter((id) => WIDGET_TABLE[id].onDashboard === 'lead')).toEqual(['kpis']);
    expect(WIDGET_IDS.filter((id) => WIDGET_TABLE[id].onDashboard === 'panel')).toEqual(['timeline']);
  });

  it('names every widget in the unknown-widget message, in both languages, as the page always said', () => {
    // The list is the message's parameter, not its text.
    expect(translate('en', 'embed.unknownWidget', { widgets: 'a, b' })).toBe(
      'There is no such widget. Known widgets: a, b.',
    );
    expect(translate('de', 'embed.unknownWidget', { widgets: 'a, b' })).toBe(
      'Dieses Widget gibt es nicht. Bekannte Widgets: a, b.',
    );
    const widgets = WIDGET_IDS.join(', ');
    expect(translate('en', 'embed.unknownWidget', { widgets })).toBe(
      'There is no such widget. Known widgets: kpis, stake, valuation, revenue, users, option, timeline.',
    );
    expect(translate('de', 'embed.unknownWidget', { widgets })).toBe(
      'Dieses Widget gibt es nicht. Bekannte Widgets: kpis, stake, valuation, revenue, users, option, timeline.',
    );
  });

  it('is the only list of widgets: the bench and the browser tests read it from the build (test/site.mjs)', () => {
    const scripts = ['test/bench', 'test/e2e'].flatMap((dir) =>
      readdirSync(resolve(process.cwd(), dir))
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => `${dir}/${f}`),
    );
    // Three widget ids side by side in quotes: a list written by hand (a test may still name a pair).
    const id = `['"\`](?:${WIDGET_IDS.join('|')})['"\`]`;
    const list = new RegExp(`${id},\\s*${id},\\s*${id}`);
    for (const file of [...scripts, 'src/app/routes/dashboard.tsx']) {
      expect(read(file), file).not.toMatch(list);
    }
  });
});
