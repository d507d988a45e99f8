// End-to-end: a user opens their own dataset files. Broken files are explained (file, line, id,
// field) and the graph on screen stays intact; clean files replace it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, miniDatasetFiles, open, watch } from './browser';

const files = miniDatasetFiles;

/** A valid dataset of `n` people in a ring of correspondences: big enough that laying it out takes seconds. */
function largeDataset(n: number) {
  const source = { id: 'generated-1', type: 'web', title: 'Generated for a test', url: 'https://example.org/' };
  const people = Array.from({ length: n }, (_v, i) => ({
    id: `person-${i}`, label: `Person ${i}`, kind: 'person', aliases: [], years: { start: { year: 1880 }, end: { year: 1960 } },
    countries: ['France'], currents: [], bio: `Person ${i} is generated for a test. They exist only here.`,
    bioSources: [{ source: source.id, locator: 'whole page' }],
  }));
  const relations = people.flatMap((p, i) => [1, 7].map((step) => ({
    id: `r-${i}-${step}`, source: p.id, target: `person-${(i + step) % n}`, relation: 'corresponded_with',
    years: { start: { year: 1920 } }, confidence: 'certain',
    evidence: [{ source: source.id, locator: 'whole page', note: 'A generated correspondence for a test.' }],
  })));
  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 1));
  return [
    { name: 'people.json', mimeType: 'application/json', buffer: json(people) },
    ...['periodicals.json', 'organizations.json', 'works.json', 'events.json'].map((name) => ({ name, mimeType: 'application/json', buffer: json([]) })),
    { name: 'relations.json', mimeType: 'application/json', buffer: json(relations) },
    { name: 'sources.json', mimeType: 'application/json', buffer: json([source]) },
  ];
}

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

/** Opens (or closes) the Data menu, whatever state it is in. */
async function dataMenu(open: boolean): Promise<void> {
  const details = page.locator('details.dropdown', { has: page.getByText('Data', { exact: true }) });
  if ((await details.getAttribute('open')) !== null !== open) await page.getByText('Data', { exact: true }).click();
}

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

  it('points a bad reference and a bad field at their line and column', async () => {
    const before = await order();
    const broken = files().map((f) => {
      if (f.name === 'relations.json') return { ...f, buffer: Buffer.from(f.buffer.toString().replace('"target": "poum"', '"target": "poumm"')) };
      if (f.name === 'people.json') return { ...f, buffer: Buffer.from(f.buffer.toString().replace('"kind": "person",\n    "aliases": ["Eric', '"kind": "robot",\n    "aliases": ["Eric')) };
      return f;
    });
    await page.locator('input[type=file]').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /relations\.json:\d+:\d+: homage-to-catalonia--about--poum: target: unknown node 'poumm'/);
    assert.match(text, /people\.json:\d+:\d+: george-orwell: kind: /);
    assert.equal(await order(), before, 'the graph on screen is unchanged');
    await alert.getByRole('button', { name: 'Close' }).click();
  });

  it('shows progress while a large dataset is checked and laid out, and Cancel keeps the graph', async () => {
    const before = await order();
    const big = largeDataset(1500);
    await dataMenu(true);
    await page.locator('input[type=file]').setInputFiles(big);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 20_000 });
    await page.locator('progress').waitFor();
    // Wait until the worker is past checking, into the long part (metrics and layout), then cancel it.
    await page.locator('.progress').filter({ hasText: /measuring|laying out/ }).waitFor({ timeout: 30_000 });
    await cancel.click();
    await page.getByRole('status').filter({ hasText: 'cancelled' }).waitFor();
    assert.equal(await order(), before, 'the graph on screen is unchanged');
    assert.equal(await page.locator('progress').count(), 0);
  });

  it('replaces the graph with clean files', async () => {
    await page.locator('input[type=file]').setInputFiles(files());
    await page.waitForFunction(() => (window as unknown as { __atlas: { graph: { order: number } } }).__atlas.graph.order === 5);
    assert.match((await page.getByRole('status').filter({ hasText: 'Opened your dataset' }).textContent()) ?? '', /5 nodes, 5 relations/);
    assert.match((await page.getByText(/^Showing \d+ of \d+ nodes/).textContent()) ?? '', /Showing 5 of 5 nodes/);
    assert.equal(await page.locator('header .brand p').textContent(), 'your dataset', 'the header names the dataset on screen');
    assert.equal(await page.title(), 'Influence Atlas — your dataset');
    await page.getByRole('combobox', { name: 'Search' }).fill('orwell');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    assert.equal(await page.getByRole('complementary', { name: 'Biography' }).getByRole('heading', { level: 2 }).textContent(), 'George Orwell');
    assert.deepEqual(seen.errors, []);
  });

  it('shows a label that looks like markup as text, and runs nothing', async () => {
    const hostile = '<img src=x onerror=window.__pwned=1>';
    const withHostile = files().map((f) => (f.name === 'people.json'
      ? { ...f, buffer: Buffer.from(f.buffer.toString().replace('"Leon Trotsky"', JSON.stringify(hostile))) } : f));
    await page.getByText('Data', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(withHostile);
    // The notice of the previous test's dataset may still be on screen: wait for this dataset's graph.
    await page.waitForFunction((label) => {
      const w = window as unknown as { __atlas?: { graph: { hasNode(n: string): boolean; getNodeAttribute(n: string, a: string): string } } };
      return !!w.__atlas && w.__atlas.graph.hasNode('leon-trotsky') && w.__atlas.graph.getNodeAttribute('leon-trotsky', 'label') === label;
    }, hostile, { timeout: 30_000 });
    await page.getByText('Data', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Search' }).fill('Bronstein');
    await page.getByRole('option', { name: /img src/ }).waitFor();
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    const heading = page.getByRole('complementary', { name: 'Biography' }).getByRole('heading', { level: 2 });
    await page.waitForFunction((text) => document.querySelector('aside h2')?.textContent === text, hostile);
    assert.equal(await heading.textContent(), hostile);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('aside img').count(), 0);
  });
});
