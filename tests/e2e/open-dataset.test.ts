// End-to-end: a user opens their own dataset files. Broken files are explained (file, line, id,
// field) and the graph on screen stays intact; clean files replace it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, open, watch } from './browser';

const MINI = join(import.meta.dirname ?? __dirname, '..', 'fixtures', 'mini');
const files = () => readdirSync(MINI).filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(MINI, name)) }));

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;
before(async () => {
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
  await open(page);
});
after(async () => { await context.close(); });

const order = () => page.evaluate(() => (window as unknown as { __atlas: { graph: { order: number } } }).__atlas.graph.order);

describe('opening a dataset', () => {
  it('lists every problem of broken files and keeps the current graph', async () => {
    const before = await order();
    const broken = files().map((f) => {
      if (f.name === 'people.json') return { ...f, buffer: Buffer.from('[\n  {"id": "x",\n  "label": }\n]') };
      if (f.name === 'relations.json') return { ...f, buffer: Buffer.from(f.buffer.toString().replace('"target": "poum"', '"target": "poumm"')) };
      return f;
    });
    await page.getByText('Data', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /Your dataset was not opened/);
    assert.match(text, /people\.json:3:12: -: -: invalid JSON: expected a value/);
    assert.match(text, /references to its nodes were not checked/);
    assert.equal(await order(), before, 'the graph on screen is unchanged');
    await alert.getByRole('button', { name: 'Close' }).click();
  });

  it('replaces the graph with clean files', async () => {
    await page.locator('input[type=file]').setInputFiles(files());
    await page.waitForFunction(() => (window as unknown as { __atlas: { graph: { order: number } } }).__atlas.graph.order === 5);
    assert.match((await page.getByRole('status').filter({ hasText: 'Opened your dataset' }).textContent()) ?? '', /5 nodes, 5 relations/);
    assert.match((await page.getByText(/^Showing \d+ of \d+ nodes/).textContent()) ?? '', /Showing 5 of 5 nodes/);
    await page.getByRole('combobox', { name: 'Search' }).fill('orwell');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    assert.equal(await page.getByRole('complementary', { name: 'Biography' }).getByRole('heading', { level: 2 }).textContent(), 'George Orwell');
    assert.deepEqual(seen.errors, []);
  });
});
