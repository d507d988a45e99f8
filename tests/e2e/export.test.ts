// End-to-end: "Export PNG" downloads a sharp, non-blank picture; "Export SVG" writes parseable vector.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import Graph from 'graphology';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, open, settle } from './browser';

let context: BrowserContext;
let page: Page;

before(async () => {
  context = await launch();
  page = await context.newPage();
  await open(page, '?node=george-orwell');
  await settle(page);
});
after(async () => {
  await context.close();
});

/** Opens (or closes) the Export menu, whatever state it is in. */
async function exportMenu(open: boolean): Promise<void> {
  const details = page.locator('details.dropdown', { has: page.getByText('Export', { exact: true }) });
  if ((await details.getAttribute('open')) !== null !== open) await page.getByText('Export', { exact: true }).click();
}

/** Decodes a PNG in the page: the share of fully transparent pixels, and of pixels with ink (not white, not clear). */
async function pngPixels(bytes: Buffer): Promise<{ clear: number; inked: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let clear = 0;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) clear++;
      else if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) inked++;
    }
    return { clear: clear / (img.width * img.height), inked: inked / (img.width * img.height) };
  }, bytes.toString('base64'));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export', () => {
  it('"Relations CSV" and "Nodes CSV" hold exactly what the filters show, with citations', async () => {
    await page.getByRole('checkbox', { name: /Works/ }).uncheck();
    await page.waitForFunction(() => /hide-kinds=work/.test(location.search));
    const shown = await page.getByText(/^Showing \d+ of \d+ nodes/).textContent();
    const [, visibleNodes, , visibleRelations] = /Showing (\d+) of (\d+) nodes, (\d+) of (\d+)/.exec(shown ?? '')!.map(Number);
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Relations CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^influence-atlas-george-orwell-relations-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvParse((await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, ''));
    assert.deepEqual(rows.columns, ['id', 'source_id', 'source', 'relation', 'target_id', 'target', 'start', 'end', 'confidence', 'evidence']);
    assert.equal(rows.length, visibleRelations);
    const ilp = rows.find((r) => r.id === 'george-orwell--member_of--independent-labour-party');
    assert.deepEqual({ ...ilp, evidence: undefined }, {
      id: 'george-orwell--member_of--independent-labour-party', source_id: 'george-orwell', source: 'George Orwell', relation: 'Member of',
      target_id: 'independent-labour-party', target: 'Independent Labour Party', start: '1938', end: '1939', confidence: 'certain', evidence: undefined,
    });
    assert.match(ilp!.evidence, /—/);
    assert.ok(!rows.some((r) => r.id === 'george-orwell--authored--homage-to-catalonia'), 'hidden works are left out');
    const [nodesDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Nodes CSV' }).click(),
    ]);
    const nodeRows = csvParse((await readFile((await nodesDownload.path())!, 'utf8')).replace(/^\ufeff/, ''));
    assert.equal(nodeRows.length, visibleNodes);
    assert.ok(nodeRows.find((r) => r.id === 'george-orwell')!.bio.length > 100);
    await page.getByText('Export', { exact: true }).click(); // close the menu again
    await page.getByRole('checkbox', { name: /Works/ }).check();
    await page.waitForFunction(() => !/hide-kinds/.test(location.search));
  });

  it('"Dataset JSON" downloads the whole dataset, which graphology re-imports', async () => {
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Dataset JSON' }).click(),
    ]);
    const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.import(json);
    const counts = await page.evaluate(() => {
      const g = (window as unknown as { __atlas: { graph: { order: number; size: number } } }).__atlas.graph;
      return { order: g.order, size: g.size };
    });
    assert.deepEqual({ order: graph.order, size: graph.size }, counts);
    assert.match(graph.getNodeAttribute('george-orwell', 'bio'), /\w{4}/);
    assert.ok(graph.getEdgeAttribute('george-orwell--member_of--independent-labour-party', 'evidence').length > 0);
    assert.ok(Array.isArray(json.attributes.sources) && json.attributes.sources.length > 50);
    await page.getByText('Export', { exact: true }).click();
  });

  it('"Export PNG" downloads a named, non-blank PNG at least 1600 px wide', async () => {
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(download.suggestedFilename(), `influence-atlas-george-orwell-${today}.png`);
    const bytes = await readFile((await download.path())!);
    const { width, height } = pngSize(bytes);
    assert.ok(width >= 1600, `width ${width}`);
    assert.ok(height > 600, `height ${height}`);
    // Decode it in the page and count pixels that are neither white nor transparent.
    const { inked } = await pngPixels(bytes);
    assert.ok(inked > 0.01, `only ${(inked * 100).toFixed(2)}% of pixels carry ink`);
  });

  it('"Export PNG" at 4× on a transparent background is four times as sharp and see-through', async () => {
    await exportMenu(true);
    await page.getByRole('radio', { name: '4×' }).check();
    await page.getByRole('radio', { name: 'Transparent' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    const { width } = pngSize(bytes);
    const stage = await page.evaluate(() => (window as unknown as { __atlas: { renderer: { getDimensions(): { width: number } } } }).__atlas.renderer.getDimensions().width);
    // Never narrower than 960 CSS px, then drawn at 4 device pixels per CSS pixel.
    assert.equal(width, Math.round(Math.max(960, stage)) * 4, `width ${width} for a ${stage} px stage`);
    const pixels = await pngPixels(bytes);
    assert.ok(pixels.clear > 0.3, `${(pixels.clear * 100).toFixed(1)}% of pixels are transparent`);
    assert.ok(pixels.inked > 0.01, `${(pixels.inked * 100).toFixed(1)}% of pixels carry ink`);
    await page.getByRole('radio', { name: '2×' }).check();
    await page.getByRole('radio', { name: 'White' }).check();
  });

  it('"Export SVG" writes an SVG that parses and holds one shape per visible node', async () => {
    await exportMenu(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^influence-atlas-george-orwell-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await readFile((await download.path())!, 'utf8');
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const w = window as unknown as { __atlas: { renderer: { getGraph(): { forEachNode(f: (n: string) => void): void }; getNodeDisplayData(n: string): { hidden?: boolean } | undefined } } };
      let visible = 0;
      w.__atlas.renderer.getGraph().forEachNode((n) => { if (!w.__atlas.renderer.getNodeDisplayData(n)?.hidden) visible++; });
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.querySelectorAll('circle.node').length,
        labels: [...doc.querySelectorAll('#labels text')].map((t) => t.textContent),
        caption: doc.documentElement.textContent ?? '',
        visible,
        // sigma's drawing order is by zIndex: the SVG must paint in the same order.
        zOrder: [...doc.querySelectorAll('circle.node')].map((c) => {
          const data = (w.__atlas.renderer as unknown as { getNodeDisplayData(n: string): { zIndex?: number } | undefined })
            .getNodeDisplayData(c.getAttribute('data-id')!);
          return data?.zIndex ?? 0;
        }),
      };
    }, svg);
    assert.equal(result.error, null);
    assert.equal(result.nodes, result.visible);
    assert.ok(result.labels.includes('George Orwell'));
    assert.match(result.caption, /Influence Atlas/);
    assert.ok(result.zOrder.every((z, i) => i === 0 || z >= result.zOrder[i - 1]), 'nodes are painted in zIndex order');
    assert.ok(new Set(result.zOrder).size > 1, 'the selection puts nodes on different levels');
  });
});
