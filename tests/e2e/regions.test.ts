// End-to-end: regions behind the nodes. Off at first (their code not fetched for the first frame); turned on in
// the legend they are painted in their currents' colours under the network, named where no node
// label is, follow the filters and the camera, reach the link, and go away again.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle, watch } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

type Box = { x: number; y: number; width: number; height: number };
type Atlas = { __atlas: { labels(): (Box & { node: string })[]; regions(): string[]; regionLabels(): (Box & { region: string; label: string })[] } };

/** What the regions canvas holds now: painted pixels, those in a colour, and a digest to tell two frames apart. */
async function regionPixels(page: Page, rgb: [number, number, number]): Promise<{ painted: number; inColour: number; digest: number } | null> {
  return page.evaluate(([r, g, b]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-regions');
    if (!canvas) return null;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0, inColour = 0, digest = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      painted++;
      digest = (digest * 31 + data[i] + data[i + 1] * 7 + data[i + 2] * 13 + i) % 1_000_000_007;
      // getImageData un-premultiplies: a translucent fill reads back as its own colour, give or take rounding.
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) inColour++;
    }
    return { painted, inColour, digest };
  }, rgb);
}

/** Region names that overlap a node label, another region name, or leave the stage. */
async function labelClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as Atlas & { __atlas: { renderer: { getDimensions(): { width: number; height: number } } } };
    const nodes = w.__atlas.labels();
    const regions = w.__atlas.regionLabels();
    const { width, height } = w.__atlas.renderer.getDimensions();
    const out: string[] = [];
    // (No named helpers in here: the test runner's transform would rename them out of the page's reach.)
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i];
      for (const b of [...nodes, ...regions.slice(i + 1)]) {
        if (r.x < b.x + b.width && b.x < r.x + r.width && r.y < b.y + b.height && b.y < r.y + r.height) out.push(`${r.label} over ${'node' in b ? b.node : b.label}`);
      }
      if (r.x < 0 || r.y < 0 || r.x + r.width > width || r.y + r.height > height) out.push(`${r.label} off the stage`);
    }
    return out;
  });
}

const TROTSKYISM: [number, number, number] = [0xe1, 0x57, 0x59]; // CURRENT_COLORS.trotskyism

describe('regions', () => {
  it('are off and not loaded at first; on, they are drawn in their colours, named clear of node labels, and follow filters and camera', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    const { errors } = watch(page);
    await open(page, '');
    await settle(page);
    assert.equal(await regionPixels(page, TROTSKYISM), null, 'no regions canvas before regions are asked for');
    // Fetched while idle after the first frame (so that regions work offline), never before it.
    const beforeFirstDraw = await page.evaluate(() => {
      const drawn = performance.getEntriesByName('atlas:first-draw')[0]?.startTime ?? Number.POSITIVE_INFINITY;
      return performance.getEntriesByType('resource').filter((e) => e.startTime < drawn).map((e) => e.name);
    });
    assert.ok(beforeFirstDraw.some((u) => u.endsWith('.js')), `resources before the first draw: ${beforeFirstDraw.join(', ')}`);
    assert.deepEqual(beforeFirstDraw.filter((u) => u.includes('region')), [], 'the regions code is not fetched for the first frame');

    const select = page.getByRole('combobox', { name: 'Regions' });
    await select.selectOption('currents');
    await page.waitForFunction(() => (window as unknown as Atlas).__atlas.regionLabels().length >= 3, null, { timeout: 15_000 });
    await settle(page);
    const regions = await page.evaluate(() => (window as unknown as Atlas).__atlas.regions());
    // The eight largest currents of the data are drawn (which eight follows the data; Trotskyism leads).
    assert.ok(regions.includes('trotskyism') && regions.length === 8, `regions drawn: ${regions.join(', ')}`);
    const on = await regionPixels(page, TROTSKYISM);
    assert.ok(on && on.inColour > 2000, `Trotskyism's colour on the regions canvas: ${on?.inColour} pixels`);
    assert.deepEqual(await labelClashes(page), []);
    assert.match(page.url(), /[?&]regions=currents(&|$)/);
    // The legend lists the regions with their colours.
    assert.ok(await page.locator('.regions li', { hasText: 'Trotskyism' }).isVisible());
    await page.screenshot({ path: 'test-results/regions-currents.png' });

    // Filters: only visible nodes count (hiding people changes the regions and their counts).
    const trotskyists = () => page.locator('.regions li', { hasText: 'Trotskyism' }).locator('.count').textContent();
    const before = await trotskyists();
    await page.getByRole('checkbox', { name: /People/ }).click();
    await page.waitForFunction((n) => {
      const li = [...document.querySelectorAll('.regions li')].find((e) => e.textContent?.includes('Trotskyism'));
      return !li || li.querySelector('.count')?.textContent !== n;
    }, before, { timeout: 10_000 });
    await settle(page);
    const filtered = await regionPixels(page, TROTSKYISM);
    assert.notEqual(filtered?.digest, on?.digest, 'regions redrawn for the filtered nodes');
    assert.deepEqual(await labelClashes(page), []);
    await page.getByRole('checkbox', { name: /People/ }).click();

    // Camera: zoomed in, the regions are redrawn where their nodes now are, names still clear.
    await page.waitForFunction((n) => [...document.querySelectorAll('.regions li')]
      .some((e) => e.textContent?.includes('Trotskyism') && e.querySelector('.count')?.textContent === n), before, { timeout: 10_000 });
    await settle(page);
    const unzoomed = await regionPixels(page, TROTSKYISM);
    await page.evaluate(() => {
      const w = window as unknown as { __atlas: { renderer: { getCamera(): { setState(s: { ratio: number }): void } } } };
      w.__atlas.renderer.getCamera().setState({ ratio: 0.4 });
    });
    await settle(page);
    const zoomed = await regionPixels(page, TROTSKYISM);
    assert.ok(zoomed && unzoomed && zoomed.painted > unzoomed.painted, `zoomed in, regions cover more of the stage (${unzoomed?.painted} → ${zoomed?.painted} px)`);
    assert.deepEqual(await labelClashes(page), []);
    await page.screenshot({ path: 'test-results/regions-currents-zoomed.png' });

    // Communities, then off again: the canvas is emptied and the link forgets regions.
    await select.selectOption('communities');
    await page.waitForFunction(() => (window as unknown as Atlas).__atlas.regionLabels().some((l) => l.label.startsWith('Around ')), null, { timeout: 10_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __atlas: { renderer: { getCamera(): { setState(s: { ratio: number; x: number; y: number }): void } } } };
      w.__atlas.renderer.getCamera().setState({ ratio: 1, x: 0.5, y: 0.5 });
    });
    await settle(page);
    assert.deepEqual(await labelClashes(page), []);
    await page.screenshot({ path: 'test-results/regions-communities.png' });
    await select.selectOption('none');
    await page.waitForFunction(() => (window as unknown as Atlas).__atlas.regions().length === 0, null, { timeout: 10_000 });
    await settle(page);
    assert.equal((await regionPixels(page, TROTSKYISM))?.painted, 0, 'nothing left on the regions canvas');
    assert.equal(await page.evaluate(() => (window as unknown as Atlas).__atlas.regionLabels().length), 0);
    assert.doesNotMatch(page.url(), /regions=/);
    assert.deepEqual(errors, []);
  });

  it('open from a link with ?regions=currents', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?regions=currents&node=leon-trotsky');
    await page.waitForFunction(() => (window as unknown as Atlas).__atlas.regionLabels().length >= 1, null, { timeout: 15_000 });
    await settle(page);
    assert.deepEqual(await labelClashes(page), []);
    assert.equal(await page.getByRole('combobox', { name: 'Regions' }).inputValue(), 'currents');

    // The SVG export draws the same regions under the relations, and names them in its legend.
    const drawn = await page.evaluate(() => (window as unknown as Atlas).__atlas.regions());
    await page.getByText('Export', { exact: true }).click();
    const { text: svg } = await downloadText(page, page.getByRole('button', { name: 'Export SVG' }));
    const paths = svg.match(/<g id="regions"[^>]*>(.*?)<\/g>/s)?.[1].match(/<path /g) ?? [];
    assert.equal(paths.length, drawn.length, 'one path per region drawn on screen');
    assert.ok(svg.indexOf('id="regions"') < svg.indexOf('id="edges"'), 'regions under the relations');
    assert.match(svg, />Regions</);
  });
});
