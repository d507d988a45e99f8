// End-to-end: "Export PNG" downloads a sharp, non-blank picture; "Export SVG" writes parseable vector;
// pages re-frame the view and re-place its labels; "Export PDF" keeps text as text; the decades poster.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import Graph from 'graphology';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
    assert.deepEqual(rows.columns, ['id', 'source_id', 'source', 'relation', 'target_id', 'target', 'start', 'end', 'confidence', 'evidence',
      'relation_key', 'family', 'directed']);
    assert.equal(rows.length, visibleRelations);
    const ilp = rows.find((r) => r.id === 'george-orwell--member_of--independent-labour-party');
    assert.deepEqual({ ...ilp, evidence: undefined }, {
      id: 'george-orwell--member_of--independent-labour-party', source_id: 'george-orwell', source: 'George Orwell', relation: 'Member of',
      target_id: 'independent-labour-party', target: 'Independent Labour Party', start: '1938', end: '1939', confidence: 'certain', evidence: undefined,
      relation_key: 'member_of', family: 'membership', directed: 'true',
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

  it('"Graphology JSON" of the whole graph downloads the whole dataset, which graphology re-imports', async () => {
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('group', { name: 'Data' }).getByRole('radio', { name: 'Whole graph' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Graphology JSON' }).click(),
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

  it('"Export SVG" writes an SVG that parses and holds one shape per node on the stage', async () => {
    await exportMenu(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^influence-atlas-george-orwell-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await readFile((await download.path())!, 'utf8');
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const w = window as unknown as { __atlas: { renderer: {
        getGraph(): { forEachNode(f: (n: string) => void): void };
        getNodeDisplayData(n: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        scaleSize(s: number): number;
        getDimensions(): { width: number; height: number };
      } } };
      // The nodes on the stage: those whose disc is at least partly inside it.
      const r = w.__atlas.renderer;
      const { width, height } = r.getDimensions();
      let visible = 0;
      r.getGraph().forEachNode((n) => {
        const data = r.getNodeDisplayData(n);
        if (!data || data.hidden) return;
        const p = r.framedGraphToViewport(data);
        const size = r.scaleSize(data.size);
        if (p.x + size > 0 && p.y + size > 0 && p.x - size < width && p.y - size < height) visible++;
      });
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.querySelectorAll('circle.node').length,
        labels: [...doc.querySelectorAll('#labels text')].map((t) => t.textContent),
        labelIds: [...doc.querySelectorAll('#labels text')].map((t) => t.getAttribute('data-id')).sort(),
        onScreen: (w.__atlas as unknown as { labels(): { node: string }[] }).labels().map((l) => l.node).sort(),
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
    assert.deepEqual(result.labelIds, result.onScreen, 'as on screen, the SVG labels exactly the nodes the screen labels');
    assert.match(result.caption, /Influence Atlas/);
    assert.ok(result.zOrder.every((z, i) => i === 0 || z >= result.zOrder[i - 1]), 'nodes are painted in zIndex order');
    assert.ok(new Set(result.zOrder).size > 1, 'the selection puts nodes on different levels');
  });

  it('on an A4 page the view is re-framed with labels placed afresh: none overlaps another or covers a node', async () => {
    await exportMenu(true);
    await page.getByRole('radio', { name: 'A4 portrait' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    const result = await page.evaluate((text) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position: fixed; left: 0; top: 0; visibility: hidden';
      holder.innerHTML = new XMLSerializer().serializeToString(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement);
      document.body.appendChild(holder);
      const root = holder.querySelector('svg')!;
      const labels = [...root.querySelectorAll('#labels text')].map((t) => ({ id: t.getAttribute('data-id')!, box: (t as SVGTextElement).getBBox() }));
      // Faded nodes (their fill or rings painted #dcdfe3 behind the focus) are the background a name may pass over.
      const faded = new Set([...root.querySelectorAll('#nodes circle')]
        .filter((c) => c.getAttribute('fill') === '#dcdfe3' || c.getAttribute('stroke') === '#dcdfe3').map((c) => c.getAttribute('data-id')));
      const discs = [...root.querySelectorAll('#nodes circle.node')].filter((c) => !faded.has(c.getAttribute('data-id')))
        .map((c) => ({ id: c.getAttribute('data-id')!, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) }));
      const footer = [...root.querySelectorAll('#footer text')].map((t) => t.textContent ?? '');
      holder.remove();
      const overlaps: string[] = [];
      const covered: string[] = [];
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i].box;
        for (let j = i + 1; j < labels.length; j++) {
          const b = labels[j].box;
          if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height) overlaps.push(`${labels[i].id} × ${labels[j].id}`);
        }
        for (const d of discs) {
          if (d.id === labels[i].id) continue;
          const nx = Math.max(a.x, Math.min(d.x, a.x + a.width));
          const ny = Math.max(a.y, Math.min(d.y, a.y + a.height));
          if ((nx - d.x) ** 2 + (ny - d.y) ** 2 < (d.r - 1) ** 2) covered.push(`${labels[i].id} over ${d.id}`);
        }
      }
      return { width: root.getAttribute('width'), height: root.getAttribute('height'), viewBox: root.getAttribute('viewBox'), labels: labels.map((l) => l.id), overlaps, covered, footer };
    }, svg);
    assert.deepEqual([result.width, result.height], ['210mm', '297mm']);
    const [, , vw, vh] = result.viewBox!.split(' ').map(Number);
    assert.ok(Math.abs(vw / vh - 210 / 297) < 0.001, `viewBox ${result.viewBox}`);
    assert.ok(result.labels.includes('george-orwell'), 'the selected node keeps its name');
    assert.ok(result.labels.length >= 8, `${result.labels.length} labels`);
    assert.deepEqual(result.overlaps, []);
    assert.deepEqual(result.covered, []);
    for (const word of ['Kinds', 'People', 'Relations', 'Size: Degree (number of relations)']) assert.ok(result.footer.includes(word), `legend lacks ${word}`);
    assert.ok(result.footer.some((t) => /^Influence Atlas — .*George Orwell$/.test(t)), 'caption under the legend');
  });

  it('a slide PNG is 1920 × 1080 and an A4 landscape one 3508 × 2480 (300 dpi), whatever the stage', async () => {
    await exportMenu(true);
    for (const [name, width, height] of [['Slide 16:9', 1920, 1080], ['A4 landscape', 3508, 2480]] as const) {
      await page.getByRole('radio', { name }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      const bytes = await readFile((await download.path())!);
      assert.deepEqual(pngSize(bytes), { width, height }, name);
      const { inked } = await pngPixels(bytes);
      assert.ok(inked > 0.01, `${name}: only ${(inked * 100).toFixed(2)}% of pixels carry ink`);
    }
  });

  it('"Export PDF" writes a vector PDF with an embedded font whose text holds the caption and the node labels', async () => {
    await exportMenu(true);
    await page.getByRole('radio', { name: 'Slide 16:9' }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF' }).click()]);
    assert.match(download.suggestedFilename(), /^influence-atlas-george-orwell-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
    assert.equal(pdf.numPages, 1);
    const first = await pdf.getPage(1);
    // 1280 × 720 CSS px is 960 × 540 pt.
    assert.deepEqual(first.view.map(Math.round), [0, 0, 960, 540]);
    const items = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).filter(Boolean);
    const names = await page.evaluate(() => {
      const w = window as unknown as { __atlas: { graph: { mapNodes<T>(f: (n: string, a: { label: string }) => T): T[] } } };
      return w.__atlas.graph.mapNodes((_n, a) => a.label);
    });
    const labels = items.filter((text) => names.includes(text));
    assert.ok(labels.includes('George Orwell'), 'the selected node is labelled in the PDF');
    assert.ok(labels.length >= 8, `only ${labels.length} node labels found as text`);
    assert.ok(items.some((text) => /^Influence Atlas — .*George Orwell$/.test(text)), `no caption in ${items.slice(-6).join(' | ')}`);
    const fonts = bytes.toString('latin1');
    assert.match(fonts, /\/FontFile2/, 'the font is embedded');
    assert.doesNotMatch(fonts, /\/BaseFont \/Helvetica/, 'no text falls back to an unembedded standard font');
  });

  it('the decades poster draws 1910s … 1980s with counts, every node at the same place in each panel', async () => {
    await exportMenu(true);
    await page.getByRole('radio', { name: /Decades poster/ }).check();
    await page.getByRole('radio', { name: 'A4 landscape' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    assert.match(download.suggestedFilename(), /^influence-atlas-decades-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await readFile((await download.path())!, 'utf8');
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const panels = [...doc.querySelectorAll('g.panel')].map((panel) => ({
        title: panel.querySelector('.panel-title')?.textContent ?? '',
        counts: panel.querySelector('.panel-counts')?.textContent ?? '',
        nodes: [...panel.querySelectorAll('circle.node')].map((c) => [c.getAttribute('data-id'), `${c.getAttribute('cx')},${c.getAttribute('cy')}`]),
        labels: panel.querySelectorAll('.labels text').length,
      }));
      return { panels, caption: doc.querySelector('title')?.textContent ?? '' };
    }, svg);
    assert.deepEqual(result.panels.map((p) => p.title), ['1910s', '1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s']);
    for (const panel of result.panels) {
      const [, nodes, relations] = /^(\d+) nodes · (\d+) relations$/.exec(panel.counts)!.map(Number);
      assert.equal(panel.nodes.length, nodes, `${panel.title}: ${panel.counts}`);
      assert.ok(relations > 0 && panel.labels > 0, `${panel.title}: ${panel.counts}, ${panel.labels} labels`);
    }
    const places = new Map<string, string>();
    let shared = 0;
    for (const panel of result.panels) {
      for (const [id, at] of panel.nodes as [string, string][]) {
        if (places.has(id)) { shared++; assert.equal(at, places.get(id), `${id} moved between panels`); }
        places.set(id, at);
      }
    }
    assert.ok(shared > 50, `${shared} nodes appear in more than one decade`);
    assert.match(result.caption, /decade by decade, 1910s–1980s/);

    const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const pdf = await getDocument({ data: new Uint8Array(await readFile((await pdfDownload.path())!)), disableFontFace: true, useSystemFonts: false }).promise;
    const items = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
    for (const decade of ['1910s', '1950s', '1980s']) assert.ok(items.includes(decade), `${decade} is not text in the poster PDF`);
    await page.getByRole('radio', { name: 'This view' }).check();
    await page.getByRole('radio', { name: 'As on screen' }).check();
  });
});
