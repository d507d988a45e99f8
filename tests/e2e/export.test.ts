// End-to-end: "Export PNG" downloads a sharp, non-blank picture; "Export SVG" writes parseable vector.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, open, settle } from './browser';

let context: BrowserContext;
let page: Page;

before(async () => {
  context = await launch();
  page = await context.newPage();
  await open(page, '?node=george-orwell');
  await settle(page, 900);
});
after(async () => {
  await context.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export', () => {
  it('"Relations CSV" downloads the visible relations with their citations', async () => {
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Relations CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^influence-atlas-george-orwell-relations-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const lines = text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    assert.match(lines[0], /^id,source_id,source,relation,target_id,target,start,end,confidence,evidence$/);
    const total = await page.evaluate(() => (window as unknown as { __atlas: { graph: { size: number } } }).__atlas.graph.size);
    assert.ok(lines.length - 1 >= total * 0.9, `${lines.length - 1} rows for ${total} relations`); // rows may span lines only inside quotes
    assert.ok(text.includes('george-orwell--member_of--independent-labour-party,george-orwell,George Orwell,Member of,independent-labour-party'));
    await page.getByText('Export', { exact: true }).click(); // close the menu again
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
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) count++;
      return count / (img.width * img.height);
    }, bytes.toString('base64'));
    assert.ok(inked > 0.01, `only ${(inked * 100).toFixed(2)}% of pixels carry ink`);
  });

  it('"Export SVG" writes an SVG that parses and holds one shape per visible node', async () => {
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
      };
    }, svg);
    assert.equal(result.error, null);
    assert.equal(result.nodes, result.visible);
    assert.ok(result.labels.includes('George Orwell'));
    assert.match(result.caption, /Influence Atlas/);
  });
});
