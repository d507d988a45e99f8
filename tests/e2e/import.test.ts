// End-to-end: a user opens networks of their own — a GEXF by link (?file=), a GraphML from the Data
// menu, a graphology JSON dropped on the stage, CSV files through the column-mapping step — and
// searches, selects and filters them; hostile files are refused with their problems (the graph on
// screen stays, no payload runs); "Back to the bundled atlas" returns.
// Fixtures (tests/fixtures/formats, fictional) are served on the app's own origin by routing
// requests for /fixtures/formats/… to the files, so nothing is copied into dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launch, watch } from './browser';

const FIXTURES = join(import.meta.dirname ?? __dirname, '..', 'fixtures', 'formats');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const asFile = (name: string, mimeType = 'application/octet-stream') => ({ name: name.split('/').pop()!, mimeType, buffer: fixture(name) });

let context: BrowserContext;
let page: Page;
let foreign: Server;
let foreignUrl = '';

before(async () => {
  context = await launch();
  page = await context.newPage();
  await page.route('**/fixtures/formats/**', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/fixtures/formats/')[1]);
    route.fulfill({ status: 200, body: fixture(name), contentType: 'application/xml' });
  });
  // Another origin: /open/ allows any site to read it (CORS), /closed/ does not.
  foreign = createServer((req, res) => {
    res.writeHead(200, req.url?.startsWith('/open/') ? { 'access-control-allow-origin': '*' } : {});
    res.end(fixture('letters.gexf'));
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  const address = foreign.address();
  foreignUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await context.close();
  foreign.close();
});

type W = { __atlas?: { graph: { order: number; size: number; hasNode(n: string): boolean; getAttribute(a: string): unknown }; labels(): unknown[] }; __pwned?: unknown };
const order = () => page.evaluate(() => (window as unknown as W).__atlas?.graph.order ?? -1);
/** Waits until the canvas draws a graph of `n` nodes holding node `id`, with its labels placed. */
async function waitGraph(n: number, id: string): Promise<void> {
  await page.waitForFunction(({ n, id }) => {
    const a = (window as unknown as W).__atlas;
    return !!a && a.graph.order === n && a.graph.hasNode(id) && a.labels().length > 0;
  }, { n, id }, { timeout: 30_000 });
}
/** Dismisses every notice (only the first few are shown at once). */
async function dismissNotices(): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
  while (await dismiss.count()) await dismiss.first().click();
}
const dataDetails = () => page.locator('details.dropdown', { has: page.getByText('Data', { exact: true }) });
async function dataMenu(open: boolean): Promise<void> {
  const details = dataDetails();
  if (((await details.getAttribute('open')) !== null) !== open) await page.getByText('Data', { exact: true }).click();
}
async function search(text: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: option }).first().waitFor();
  await box.press('Enter');
}

describe('opening your own network', () => {
  it('opens a GEXF named by a link, with its positions, colours, attributes and years', async () => {
    await page.goto(new URL('?file=fixtures/formats/letters.gexf', BASE_URL).href);
    await waitGraph(5, 'ada');
    assert.match(page.url(), /\?file=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Ffixtures%2Fformats%2Fletters\.gexf/);
    assert.equal(await page.locator('header .brand p').textContent(), 'A fictional circle of letter writers');
    assert.match((await page.getByRole('status').filter({ hasText: 'Opened' }).first().textContent()) ?? '', /5 nodes, 6 relations/);
    const color = await page.evaluate(() => (window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string } } } }).__atlas.renderer.getNodeDisplayData('lantern').color);
    assert.equal(color, '#f28e2c', 'the file\'s viz colour is drawn');

    await search('Ada', /Ada Quill/);
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'Ada Quill');
    const panel = page.getByRole('complementary', { name: 'Biography' });
    assert.match((await panel.textContent()) ?? '', /Years1890–1951/);
    const attributes = panel.getByRole('definition');
    assert.ok((await attributes.allTextContents()).includes('Lisbon'));
    assert.equal(await panel.getByRole('link', { name: 'https://example.org/ada' }).getAttribute('href'), 'https://example.org/ada');
    assert.match((await panel.textContent()) ?? '', /wrote to/);
    assert.match(page.url(), /node=ada/);
    // Search reads the attributes too: Basil's homepage is text, never a link.
    await search('Basil', /Basil Fern/);
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'Basil Fern');
    assert.equal(await panel.locator('a[href^="javascript"]').count(), 0);
    assert.ok((await panel.textContent())?.includes('javascript:alert(1)'));
    await page.screenshot({ path: 'test-results/import-gexf-panel.png' });
  });

  it('filters by an attribute of the file: a city unticked hides its people', async () => {
    const facet = page.locator('details.facet', { hasText: 'city' });
    await facet.getByRole('checkbox', { name: /Lisbon/ }).uncheck();
    await page.waitForFunction(() => {
      const r = (window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { hidden?: boolean } } } }).__atlas.renderer;
      return r.getNodeDisplayData('ada').hidden === true && r.getNodeDisplayData('cleo').hidden === true && !r.getNodeDisplayData('basil').hidden;
    });
    assert.match((await page.getByText(/^Showing \d+ of \d+ nodes/).textContent()) ?? '', /Showing 3 of 5 nodes/);
    assert.match(page.url(), /hide-values=node%253Acity:Lisbon/);
    await page.screenshot({ path: 'test-results/import-gexf-filtered.png' });
    await facet.getByRole('checkbox', { name: /Lisbon/ }).check();
  });

  it('closes the Data menu on Escape (focus back on its button) and on a press outside it', async () => {
    await dataMenu(true);
    await page.locator('input[type=file]').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('details.dropdown[open]'));
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Data');
    await dataMenu(true);
    await page.locator('main, .stage').first().click({ position: { x: 5, y: 5 } });
    await page.waitForFunction(() => !document.querySelector('details.dropdown[open]'));
  });

  it('opens a GraphML from Data → Open…', async () => {
    await dataMenu(true);
    await page.locator('input[type=file]').setInputFiles(asFile('letters.graphml'));
    await waitGraph(4, 'lantern');
    assert.match(page.url(), /\?local=letters\.graphml/);
    await search('Lantern', /The Lantern Review/);
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'The Lantern Review');
    assert.match((await page.getByRole('complementary', { name: 'Biography' }).textContent()) ?? '', /journal/i);
  });

  it('opens a graphology JSON dropped on the stage', async () => {
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'letters.json', { type: 'application/json' }));
      return data;
    }, fixture('letters.json').toString());
    await page.dispatchEvent('main.stage', 'dragover', { dataTransfer: transfer });
    await page.locator('.drop-hint').waitFor();
    await page.dispatchEvent('main.stage', 'drop', { dataTransfer: transfer });
    await waitGraph(3, 'basil');
    assert.equal(await page.locator('.drop-hint').count(), 0);
    assert.equal(await page.locator('header .brand p').textContent(), 'Letters (graphology JSON)');
  });

  it('opens a nodes file and an edges file through the column-mapping step', async () => {
    await dataMenu(true);
    await page.locator('input[type=file]').setInputFiles([asFile('letters-nodes.csv', 'text/csv'), asFile('letters-edges.csv', 'text/csv')]);
    const dialog = page.getByRole('dialog', { name: 'What do the columns mean?' });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('combobox', { name: 'Column type of letters-nodes.csv' }).inputValue(), 'kind');
    assert.equal(await dialog.getByRole('combobox', { name: 'Column years of letters-edges.csv' }).inputValue(), 'years');
    await page.screenshot({ path: 'test-results/import-csv-mapping.png' });
    // Letters is a number to filter by; the note is an attribute to read.
    await dialog.getByRole('combobox', { name: 'Column note of letters-edges.csv' }).selectOption('attribute');
    await dialog.getByRole('button', { name: 'Open with these columns' }).click();
    await waitGraph(5, 'dov');
    assert.equal(await page.getByRole('combobox', { name: 'Minimum confidence' }).count(), 1, 'the file grades its relations');
    await page.getByRole('combobox', { name: 'Minimum confidence' }).selectOption('certain');
    assert.match((await page.getByText(/^Showing \d+ of \d+ nodes/).textContent()) ?? '', /3 of 5 relations/);
    await page.getByRole('combobox', { name: 'Minimum confidence' }).selectOption('possible');
    // The mapping is remembered for the next file with the same headers.
    await dismissNotices();
    await page.locator('input[type=file]').setInputFiles([asFile('letters-nodes.csv', 'text/csv'), asFile('letters-edges.csv', 'text/csv')]);
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /as you mapped it last time/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Opening the file was cancelled' }).waitFor();
    assert.equal(await order(), 5);
  });

  it('refuses hostile files, listing their problems, and keeps the graph; no payload runs', async () => {
    const before = await order();
    for (const [name, expected] of [
      ['hostile/broken.gexf', [/broken\.gexf:6:\d+: <node id="a">: duplicate node id "a" \(first at line 5\)/, /id "constructor" is a name JavaScript objects already have/, /edge target "nowhere" is not the id of any node/]],
      ['hostile/laughs.gexf', [/laughs\.gexf:3: <!ENTITY>: a DOCTYPE with an internal subset is not accepted/]],
      ['hostile/truncated.json', [/truncated\.json:1: -: invalid JSON/]],
    ] as const) {
      await dataMenu(true);
      await page.locator('input[type=file]').setInputFiles(asFile(name));
      const alert = page.getByRole('alert').filter({ hasText: 'was not opened' });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      for (const pattern of expected) assert.match(text, pattern, `${name}: ${text}`);
      assert.equal(await order(), before, `${name}: the graph on screen is unchanged`);
      assert.equal(await dataDetails().getAttribute('open'), null, `${name}: the Data menu closed, not left behind the problems`);
      if (name.endsWith('broken.gexf')) await page.screenshot({ path: 'test-results/import-hostile-problems.png' });
      await alert.getByRole('button', { name: 'Close' }).click();
    }
    // Markup in every text field opens as text: nothing runs, no element is made from it.
    await page.locator('input[type=file]').setInputFiles(asFile('hostile/payload.graphml'));
    await waitGraph(2, 'p1');
    await search('<img', /img src=x/);
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent?.startsWith('<img'));
    const panel = page.getByRole('complementary', { name: 'Biography' });
    assert.equal(await panel.locator('img, script, svg:not([aria-hidden]) > script, b').count(), 0);
    assert.equal(await panel.locator('a[href^="javascript"]').count(), 0);
    assert.ok(((await panel.textContent()) ?? '').includes('<script>window.__pwned=1</script>'));
    await page.getByRole('combobox', { name: 'Search' }).fill('Plain');
    await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Plain/ }).first().waitFor();
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'Plain');
    await page.getByRole('complementary', { name: 'Biography' }).locator('dd', { hasText: 'hover' }).dispatchEvent('mouseover');
    assert.equal(await page.evaluate(() => (window as unknown as W).__pwned), undefined);
  });

  it('lays out a file without positions in the worker, then returns to the bundled atlas', async () => {
    await dismissNotices();
    await dataMenu(true);
    await page.locator('input[type=file]').setInputFiles(asFile('letters-no-positions.gexf'));
    await waitGraph(5, 'ada');
    assert.match((await page.getByRole('status').filter({ hasText: 'Laid out here' }).first().textContent()) ?? '', /ForceAtlas2 iterations/);
    await dataMenu(true);
    await page.getByRole('button', { name: 'Back to the bundled atlas' }).click();
    await page.waitForFunction(() => ((window as unknown as W).__atlas?.graph.order ?? 0) > 400 && (window as unknown as W).__atlas!.labels().length > 0, null, { timeout: 30_000 });
    assert.doesNotMatch(page.url(), /file=|local=/);
    assert.equal(await page.locator('header .brand p').textContent(), 'the anti-Stalinist left');
  });

  it('opens a file on another site that allows it (CORS) under the page\'s own Content-Security-Policy', async () => {
    // The other tests bypass the page's Content-Security-Policy (browser.ts); this one and the next are about it.
    const strict = await launch({ csp: 'enforce' });
    try {
      const other = await strict.newPage();
      const seen = watch(other);
      await other.goto(new URL(`?file=${encodeURIComponent(`${foreignUrl}/open/letters.gexf`)}`, BASE_URL).href);
      await other.waitForFunction(() => (window as unknown as W).__atlas?.graph.order === 5 && (window as unknown as W).__atlas!.graph.hasNode('ada'), null, { timeout: 30_000 });
      assert.match(decodeURIComponent(other.url()), /file=http:\/\/127\.0\.0\.1:\d+\/open\/letters\.gexf/);
      assert.deepEqual(seen.errors, []);
    } finally {
      await strict.close();
    }
  });

  it('says why a file on another site that does not allow it cannot be fetched, and shows the bundled atlas', async () => {
    const strict = await launch({ csp: 'enforce' });
    try {
      const other = await strict.newPage();
      const seen = watch(other);
      await other.goto(new URL(`?file=${encodeURIComponent(`${foreignUrl}/closed/letters.gexf`)}`, BASE_URL).href);
      const alert = other.getByRole('alert').filter({ hasText: 'was not opened' });
      await alert.waitFor({ timeout: 30_000 });
      assert.match((await alert.textContent()) ?? '', /could not be fetched .*another site.*must allow this app to read it \(CORS\)/);
      await other.waitForFunction(() => ((window as unknown as W).__atlas?.graph.order ?? 0) > 400);
      assert.deepEqual(seen.errors.filter((e) => !/CORS|Failed to fetch|ERR_/.test(e)), []);
    } finally {
      await strict.close();
    }
  });
});
