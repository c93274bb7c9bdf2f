// A German page holds no English word: not in its text, its labels, its <title> and meta tags, nor in
// any file the German timeline exports. The English words are the app's own: every word of the
// English messages (src/lib/i18n.ts, `en`), of the English texts of the deal file (the `en` of every
// `{ en, de }`) and of the page's English head (index.html), minus a short, explained list of names
// and of words German writes the same way. Quoted sources keep their own words (titles and original
// quotations are taken out before the check); addresses, domains and acronyms are not words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { gotoInteractive, newPage, pageTexts, previewSuite, waitForStill } from './harness.mjs';
import { widgetIds } from '../site.mjs';

const DEAL = 'alibaba-sina-weibo-2013';
const DEAL_FILE = `mocks/deals/${DEAL}.json`;
// Every widget, in the dashboard's order, from the routes and widgets table of the build (test/site.mjs).
const WIDGETS = widgetIds();
/** The days issue 19 asks every view to be read on, and "today". */
const DAYS = [null, '2012-12-01', '2013-03-01', '2013-04-29', '2014-03-20'];

/**
 * Words the English texts use that a German text may hold too. Kept short: each group says why.
 * Compared in lower case, whole words only.
 */
const ALLOWED = {
  // Names of companies, people, places and publications: the same in every language.
  names: [
    'alibaba',
    'group',
    'sina',
    'weibo',
    'jack',
    'ma',
    'charles',
    'chao',
    'xinhua',
    'forbes',
    'barron',
    'zdnet',
    'ellyne',
    'phneah',
    'london',
    'china',
    'nasdaq',
    'yahoo',
    'taobao',
    'alipay',
    'technode',
  ],
  // The app's own name, "Deal Intelligence", is a name on every page.
  app: ['intelligence'],
  // Words German business writing uses as they are (Duden lists them): the brief's own examples.
  german: [
    ...['deal', 'deals', 'dashboard', 'marketing', 'social', 'commerce', 'chairman', 'iframe', 'online', 'via'],
    ...['app', 'wiki', 'permalink'],
  ],
  // Spelt the same in both languages, with a German meaning of their own (German articles,
  // prepositions and nouns that happen to be English words too).
  homographs: [
    ...['in', 'an', 'so', 'was', 'will', 'also', 'die', 'war', 'man', 'hat', 'bin', 'am', 'um'],
    ...[
      'option',
      'status',
      'system',
      'euro',
      'dollar',
      'plus',
      'minus',
      'material',
      'band',
      'partner',
      'link',
      'moment',
    ],
    // Months German abbreviates as English does (Jan., Feb., Apr., Aug., Nov.); "Mar", "Jul", "Oct"… stay English.
    ...['jan', 'feb', 'apr', 'aug', 'nov'],
    // …and months German writes out as English does.
    ...['april', 'august', 'september', 'november'],
  ],
  // The language switch names each language in that language ("English" on a German page is right).
  endonyms: ['english'],
};
const ALLOWED_WORDS = new Set(Object.values(ALLOWED).flat());

/** The string values of the `en` dictionary in src/lib/i18n.ts, read from its syntax tree. */
function englishMessages() {
  const file = 'src/lib/i18n.ts';
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let found = null;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'en' && node.initializer) {
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))
        init = init.expression;
      if (ts.isObjectLiteralExpression(init)) found = init;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file}: no "const en = { ... }" dictionary to read the English messages from`);
  const texts = [];
  const collect = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    ts.forEachChild(node, collect);
  };
  for (const property of found.properties) if (ts.isPropertyAssignment(property)) collect(property.initializer);
  if (texts.length < 100) throw new Error(`${file}: only ${texts.length} English messages found`);
  return texts;
}

const dealFile = JSON.parse(readFileSync(DEAL_FILE, 'utf8'));

/** Every `{ en, de }` of the deal file. */
function localTexts() {
  const pairs = [];
  JSON.stringify(dealFile, (_key, value) => {
    if (value && typeof value === 'object' && typeof value.en === 'string' && typeof value.de === 'string')
      pairs.push(value);
    return value;
  });
  return pairs;
}

/** What the sources say in their own words, kept as published: titles and original quotations. */
function sourcesOwnWords() {
  const quoted = [];
  JSON.stringify(dealFile, (key, value) => {
    if (key === 'original' && typeof value === 'string') quoted.push(value);
    return value;
  });
  for (const source of dealFile.deal.sources) if (source.title) quoted.push(source.title);
  // Longest first, so that a quotation inside a longer one does not leave its rest behind.
  return [...new Set(quoted)].sort((a, b) => b.length - a.length);
}

/** The English head the app ships in index.html: its title and meta description. */
function englishHead() {
  const html = readFileSync('index.html', 'utf8');
  return [...html.matchAll(/<title>([^<]*)<\/title>|content="([^"]*)"/g)].map((m) => m[1] ?? m[2]);
}

/**
 * A text without what is not words: ICU syntax and {placeholders}, addresses, domains and file
 * names (silicon.de, phys.org, deal.csv), and the sources' own words.
 */
function wordsOnly(text) {
  let rest = text;
  for (const quoted of SOURCES_OWN) rest = rest.split(quoted).join(' ');
  return rest
    .replace(/\{\s*\w+\s*,\s*(plural|select|selectordinal|number|date|time)\s*,?/g, ' ')
    .replace(/\b(zero|one|two|few|many|other)\s*\{/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/(https?:)?\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ');
}

/** The words of a text: letters only, split at apostrophes and hyphens; acronyms (ALL CAPS) are not words. */
function tokens(text) {
  return (wordsOnly(text).match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2 && w !== w.toUpperCase());
}

const SOURCES_OWN = sourcesOwnWords();
const ENGLISH = new Set(
  [...englishMessages(), ...localTexts().map((p) => p.en), ...englishHead()]
    .flatMap(tokens)
    .map((w) => w.toLowerCase())
    .filter((w) => !ALLOWED_WORDS.has(w)),
);

/** Each English word in `text`, with where it stood and some words around it. */
function englishIn(text, where) {
  const found = [];
  const clean = wordsOnly(text).replace(/\s+/g, ' ');
  for (const match of clean.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (word.length < 2 || word === word.toUpperCase() || !ENGLISH.has(word.toLowerCase())) continue;
    const context = clean.slice(Math.max(0, match.index - 40), match.index + word.length + 40).trim();
    found.push({ where, word, context });
  }
  return found;
}

const report = (found) => found.map((f) => `${f.where}: "${f.word}" in "…${f.context}…"`);

/** Fails with every English word found, each on a line: the whole list, never a shortened diff. */
function assertNoEnglish(found) {
  assert.ok(found.length === 0, `${found.length} English words:\n${report(found).join('\n')}`);
}

/** The page's <title> and the words its meta tags give to search engines and link previews. */
function headTexts(page) {
  return page.evaluate(() => [
    document.title,
    ...[...document.head.querySelectorAll('meta[content]')]
      .filter((m) =>
        /^(description|og:|twitter:|application-name|apple-mobile-web-app-title)/.test(
          m.name || m.getAttribute('property') || '',
        ),
      )
      .map((m) => m.content),
  ]);
}

async function checkPage(page, url, where, ready) {
  await gotoInteractive(page, url);
  await ready(page);
  await waitForStill(page, 'body');
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.equal(lang, 'de', `${where}: the page says it is German`);
  return [
    ...englishIn(await pageTexts(page), where),
    ...(await headTexts(page)).flatMap((text) => englishIn(text, `${where} <head>`)),
  ];
}

const dashboardReady = (page) => page.locator('.kpi-card, .state--empty').first().waitFor();
const timelineReady = (page) => page.locator('.timeline__subtitle').waitFor();

/** The parts of an embed code a reader meets: the iframe's title, alt texts, and the text between tags. */
function codeTexts(code) {
  const attributes = [...code.matchAll(/\b(title|alt|aria-label)="([^"]*)"/g)].map((m) => m[2]);
  const between = [...code.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  return [...attributes, ...between].join('\n');
}

/** An ICS file's texts for readers: its calendar name and each event's summary, description, location. */
function icsTexts(ics) {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((line) => /^(SUMMARY|DESCRIPTION|LOCATION|CATEGORIES|COMMENT|X-WR-CALNAME|X-WR-CALDESC)[;:]/.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    )
    .join('\n');
}

// Fields of the JSON export written for readers; ids, codes, dates and the sources' own words are not.
const JSON_READER_FIELDS = new Set([
  'dealName',
  'title',
  'shortTitle',
  'summary',
  'note',
  'label',
  'formula',
  'assumption',
]);

function jsonTexts(json) {
  const texts = [];
  const walk = (value, key, inSources) => {
    if (typeof value === 'string') {
      // A source's title and publisher are its own; its note is ours.
      if (JSON_READER_FIELDS.has(key) && !(inSources && key === 'title')) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key, inSources));
    else if (value && typeof value === 'object')
      for (const [k, item] of Object.entries(value)) walk(item, k, inSources || k === 'sources');
  };
  walk(JSON.parse(json), '', false);
  return texts.join('\n');
}

/** An SVG file's texts: its <text>, <title> and <desc>, entities decoded. */
function svgTexts(svg) {
  const decode = (s) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<(text|title|desc)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2])).join('\n');
}

// Machine-readable codes a CSV may keep in its cells (point 8 of issue 19 allows it, if the file says
// so): the event ids, kind codes and date precisions of the data, each a whole cell.
const CSV_CODES = new Set([...dealFile.deal.events.flatMap((e) => [e.id, e.kind, e.date.precision]), 'day', 'month']);

function csvTexts(csv) {
  const cells = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') (cells.push(field), (field = ''));
    else if (c !== '\r') field += c;
  }
  cells.push(field);
  return (
    cells
      .map((cell) => cell.replace(/^\uFEFF/, ''))
      // A header may name the codes its column keeps ("Art (Code: rumour, denial, …)"): that is the file saying so.
      .map((cell) => cell.replace(/\(Code: [^)]*\)/, ''))
      .filter((cell) => !CSV_CODES.has(cell))
      .join('\n')
  );
}

/** Opens each Embed dialog on the page in turn: its words, and the reader-facing parts of its codes. */
async function embedDialogs(page, base, atLeast) {
  const found = [];
  const buttons = page.locator('.embed-button');
  const count = await buttons.count();
  assert.ok(count >= atLeast, `${base}: an Embed button per widget (${count})`);
  for (let i = 0; i < count; i += 1) {
    const widget = await buttons.nth(i).evaluate((b) => b.closest('[data-widget]')?.dataset.widget ?? 'page');
    await buttons.nth(i).click();
    const dialog = page.locator('dialog.embed-dialog[open]');
    await dialog.waitFor();
    const where = `${base}'s Embed dialog (${widget})`;
    found.push(...englishIn(await dialog.innerText(), where));
    for (const code of await dialog.locator('textarea').evaluateAll((fields) => fields.map((f) => f.value)))
      found.push(...englishIn(codeTexts(code), `${where}, its codes`));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
  return found;
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.timeline__export button', { hasText: `(${name})` }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('a German page holds no English word', () => {
  const suite = previewSuite();

  it('builds its list of English words from the messages and the data, and finds them on an English page', async () => {
    for (const word of ['known', 'sources', 'events', 'stake', 'rumour', 'valuation', 'cumulative'])
      assert.ok(ENGLISH.has(word), `"${word}" is on the list`);
    for (const word of ['alibaba', 'deal', 'in']) assert.ok(!ENGLISH.has(word), `"${word}" is allowed`);
    const { page, context } = await newPage(suite.browser, { locale: 'en-GB' });
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}`);
    await dashboardReady(page);
    const found = englishIn(await pageTexts(page), 'the English dashboard');
    assert.ok(new Set(found.map((f) => f.word.toLowerCase())).size > 100, 'the check sees English where it is');
    await context.close();
  });

  it('the German dashboard, on each day and in dollars, with its <title> and meta tags', async () => {
    const { page, context } = await newPage(suite.browser, { locale: 'de-DE' });
    const found = [];
    for (const asOf of DAYS) {
      const query = asOf ? `?asof=${asOf}` : '';
      found.push(
        ...(await checkPage(
          page,
          `${suite.server.url}/de/deals/${DEAL}${query}`,
          `/de/deals/${DEAL}${query}`,
          dashboardReady,
        )),
      );
    }
    const usd = `?currency=USD&valuation=4`;
    found.push(
      ...(await checkPage(
        page,
        `${suite.server.url}/de/deals/${DEAL}${usd}`,
        `/de/deals/${DEAL}${usd}`,
        dashboardReady,
      )),
    );
    // Each widget's Embed dialog and its codes: what a report's reader gets (the iframe's title, alt texts).
    found.push(...(await embedDialogs(page, 'the German dashboard', WIDGETS.length)));
    await context.close();
    assertNoEnglish(found);
  });

  it('the German timeline, each event opened in turn', async () => {
    const { page, context } = await newPage(suite.browser, { locale: 'de-DE' });
    const path = `/de/deals/${DEAL}/timeline`;
    const found = await checkPage(page, suite.server.url + path, path, timelineReady);
    found.push(...(await embedDialogs(page, 'the German timeline', 1)));
    for (const event of dealFile.deal.events) {
      const url = `${path}?event=${event.id}`;
      found.push(
        ...(await checkPage(page, suite.server.url + url, url, async (p) => {
          await timelineReady(p);
          await p.locator(`.timeline-detail[data-event-id="${event.id}"]`).waitFor();
        })),
      );
    }
    await context.close();
    assertNoEnglish(found);
  });

  it('every German embed, with its <title> and meta tags', async () => {
    const { page, context } = await newPage(suite.browser, { locale: 'de-DE' });
    const found = [];
    for (const widget of WIDGETS) {
      const path = `/de/embed/${DEAL}/${widget}`;
      found.push(
        ...(await checkPage(page, suite.server.url + path, path, (p) =>
          p.locator('.recharts-surface, .timeline [data-mark], .kpi-card, .state--empty').first().waitFor(),
        )),
      );
    }
    await context.close();
    assertNoEnglish(found);
  });

  it('every file the German timeline exports: CSV, JSON, ICS and SVG', async () => {
    const { page, context } = await newPage(suite.browser, { locale: 'de-DE', acceptDownloads: true });
    await gotoInteractive(page, `${suite.server.url}/de/deals/${DEAL}/timeline`);
    await timelineReady(page);
    const found = [];
    const csv = await download(page, 'CSV');
    found.push(...englishIn(csvTexts(csv.text), csv.name));
    const json = await download(page, 'JSON');
    assert.equal(JSON.parse(json.text).language, 'de', 'the JSON file holds the German texts');
    found.push(...englishIn(jsonTexts(json.text), json.name));
    const ics = await download(page, 'ICS');
    found.push(...englishIn(icsTexts(ics.text), ics.name));
    const svg = await download(page, 'SVG');
    found.push(...englishIn(svgTexts(svg.text), svg.name));
    // The PNG is the SVG's drawing rasterised (timeline-image.tsx): its words are the SVG's.
    await context.close();
    assertNoEnglish(found);
  });
});
