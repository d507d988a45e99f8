// End-to-end: the Export menu's bibliography. With a time window set, the CSL-JSON and BibTeX
// files hold exactly the sources cited by the evidence of the relations the map shows, each once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle, watch } from './browser';

let context: BrowserContext;
let page: Page;
let problems: ReturnType<typeof watch>;

before(async () => {
  context = await launch();
  page = await context.newPage();
  problems = watch(page);
  await open(page, '?from=1936&to=1939');
  await settle(page);
});
after(async () => {
  await context.close();
});

/** The relations sigma draws (not hidden by the reducers), and the sources their evidence cites, from the app's own texts file. */
async function expected(): Promise<{ relations: number; sources: string[]; all: number }> {
  return page.evaluate(async () => {
    const w = window as unknown as { __atlas: { graph: { edges(): string[] }; renderer: { getEdgeDisplayData(e: string): { hidden?: boolean } | undefined } } };
    const shown = w.__atlas.graph.edges().filter((e) => w.__atlas.renderer.getEdgeDisplayData(e)?.hidden === false);
    const texts = await (await fetch('generated/texts.json')).json() as { evidence: Record<string, { source: string }[]>; sources: unknown[] };
    const sources = new Set(shown.flatMap((e) => texts.evidence[e].map((item) => item.source)));
    return { relations: shown.length, sources: [...sources].sort(), all: texts.sources.length };
  });
}

/** Clicks a bibliography button and reads the downloaded file. */
function download(label: string): Promise<{ name: string; text: string }> {
  const group = page.getByRole('group', { name: /^Bibliography/ });
  return downloadText(page, group.getByRole('button', { name: label, exact: true }));
}

describe('bibliography export', () => {
  it('downloads the sources of the visible relations as CSL-JSON and BibTeX, each once', async () => {
    const want = await expected();
    const line = await page.getByText(/^Showing \d+ of \d+ nodes/).textContent();
    const [, shown, all] = /(\d+) of (\d+) relations/.exec(line ?? '')!.map(Number);
    assert.equal(want.relations, shown, 'the relations drawn are those the count line gives');
    assert.ok(shown < all, 'the window hides part of the graph');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('group', { name: /^Bibliography/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join('test-results', 'bibliography-menu.png') });

    const csl = await download('CSL-JSON');
    const bib = await download('BibTeX');
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual([csl.name, bib.name], [`influence-atlas-sources-${today}.json`, `influence-atlas-sources-${today}.bib`]);

    const items = JSON.parse(csl.text) as { id: string; type: string }[];
    assert.deepEqual(items.map((i) => i.id).sort(), want.sources);
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
    const read = parseBibtex(bib.text, { sentenceCase: false, caseProtection: false });
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.entries.map((e) => e.key).sort(), want.sources);
    assert.match(bib.text, new RegExp(`^@comment\\{Sources cited by the evidence of the ${shown} visible relations: ${want.sources.length} sources\\.`));
    assert.match(bib.text, /Filters: Years 1936–1939/);
    // A window of four years cites some of the bibliography, not all of it.
    assert.ok(want.sources.length > 20 && want.sources.length < want.all, `${want.sources.length} of ${want.all} sources`);
    assert.equal(await page.getByRole('status').filter({ hasText: /^Saved / }).textContent(), `Saved ${bib.name}`);
  });

  it('can be reached in a short window: the menu scrolls', async () => {
    await page.setViewportSize({ width: 1280, height: 640 });
    const button = page.getByRole('group', { name: /^Bibliography/ }).getByRole('button', { name: 'BibTeX', exact: true });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    assert.ok(box.y >= 0 && box.y + box.height <= 640, `BibTeX button at y=${box.y}`);
    await page.screenshot({ path: join('test-results', 'bibliography-menu-short.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('stays with the visible relations when the data files are set to the whole graph', async () => {
    const want = await expected();
    await page.getByRole('group', { name: 'Data' }).getByRole('radio', { name: 'Whole graph' }).check();
    const csl = await download('CSL-JSON');
    assert.deepEqual((JSON.parse(csl.text) as { id: string }[]).map((i) => i.id).sort(), want.sources);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.foreign, []);
  });
});
