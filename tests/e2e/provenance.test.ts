// End-to-end: on whose word — the provenance lens (a kind of source, one source, two independent
// sources) and a source's own page. Expected counts come from the dataset files, not from the app.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

interface Relation { id: string; evidence: { source: string }[] }
const data = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname ?? __dirname, '..', '..', 'data', file), 'utf8')) as unknown;
const relations = data('relations.json') as Relation[];
const sources = data('sources.json') as { id: string; type: string; title?: string }[];
const typeOf = new Map(sources.map((s) => [s.id, s.type]));
const CANNON = 'cannon-1944-history-of-american-trotskyism';
const count = (keep: (r: Relation) => boolean) => relations.filter(keep).length;
const primary = count((r) => r.evidence.some((ev) => typeOf.get(ev.source) === 'primary'));
const seedAsOne = (id: string) => (/^wp-ref-\d+$/.test(id) ? 'wp-anti-stalinist-left' : id);
const twoIndependent = (r: Relation) => new Set(r.evidence.map((ev) => seedAsOne(ev.source))).size >= 2;
const primaryAndTwo = count((r) => r.evidence.some((ev) => typeOf.get(ev.source) === 'primary') && twoIndependent(r));
const cannon = count((r) => r.evidence.some((ev) => ev.source === CANNON));

const param = (page: Page, name: string, value: string | null) =>
  page.waitForFunction(([n, v]) => new URLSearchParams(location.search).get(n!) === v, [name, value]);
const status = (page: Page) => page.locator('.legend .status');
const waitRelations = (page: Page, n: number) => page.waitForFunction(
  (want) => new RegExp(`, ${want} of \\d+ relations`).test(document.querySelector('.legend .status')?.textContent ?? ''), n);

describe('provenance lens', () => {
  it('shows only the relations a kind of source, two independent sources, or one source supports; the URL and counts say so', async () => {
    assert.ok(primary > 0 && primaryAndTwo > 0 && primaryAndTwo < primary && cannon > 0, 'the dataset has relations for each lens');
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '');
    await settle(page);
    const legend = page.locator('.legend');
    await legend.getByRole('combobox', { name: 'One source' }).and(page.locator(':enabled')).waitFor();

    await legend.getByRole('combobox', { name: 'Kind of source' }).selectOption('primary');
    await param(page, 'source-kind', 'primary');
    await waitRelations(page, primary);
    assert.match((await status(page).textContent()) ?? '', /Relations resting on memoir or primary text/);

    await legend.getByRole('checkbox', { name: 'at least two independent sources' }).check();
    await param(page, 'sources', '2');
    await waitRelations(page, primaryAndTwo);
    assert.match((await status(page).textContent()) ?? '', /with at least two independent sources/);

    await legend.getByRole('button', { name: 'Reset' }).click();
    await param(page, 'source-kind', null);
    await legend.getByRole('combobox', { name: 'One source' }).selectOption(CANNON);
    await param(page, 'source', CANNON);
    await waitRelations(page, cannon);
    assert.match((await status(page).textContent()) ?? '', /on the word of James P\. Cannon/);

    // The exported picture's caption names the lens too.
    await page.getByText('Export', { exact: true }).click();
    const { text: svg } = await downloadText(page, page.getByRole('button', { name: 'Export SVG' }));
    // The caption's lines, joined (a long caption wraps between words).
    const caption = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')]
      .map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' '), svg);
    assert.match(caption, /Relations on the word of James P\. Cannon \(1944\)/);
  });

  it('waits for the evidence before a linked lens applies, then applies it', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/generated/texts.json', async (route) => { await held; await route.continue(); });
    await open(page, '?source-kind=primary');
    await page.locator('.legend .waiting').waitFor();
    assert.match((await status(page).textContent()) ?? '', /waiting for the evidence/);
    release();
    await waitRelations(page, primary);
    await page.locator('.legend .waiting').waitFor({ state: 'detached' });
  });
});

describe('source page', () => {
  it('lists every claim resting on a source, opens them, and is reached from an evidence line', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, `?source=${CANNON}`);
    await settle(page);
    await page.locator('.legend').getByRole('button', { name: "Open this source's page" }).click();
    await param(page, 'source-page', CANNON);
    const panel = page.getByRole('complementary', { name: 'Biography' });
    const title = sources.find((s) => s.id === CANNON)!.title!;
    await panel.getByRole('heading', { level: 2, name: title }).waitFor();
    await panel.getByRole('heading', { name: `Relations resting on it (${cannon})` }).waitFor();
    assert.equal(await panel.locator('ul.claims > li').count(), cannon);

    // A claim opens its relation; the relation's evidence line leads back to the source's page.
    await panel.locator('ul.claims > li').first().getByRole('button').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('edge'));
    await panel.getByRole('heading', { name: 'Evidence' }).waitFor();
    await panel.getByRole('button', { name: /^Source page: James P\. Cannon/ }).first().click();
    await param(page, 'source-page', CANNON);
    await panel.getByRole('heading', { name: `Relations resting on it (${cannon})` }).waitFor();
  });
});
