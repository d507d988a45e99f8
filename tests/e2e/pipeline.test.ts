// End-to-end: the joints between state, canvas and URL, tried as a user would — the bugs of the
// state/render refactor (layout after opening a dataset, a path re-framing on unrelated changes,
// a linked camera never applied), hover fading, Graph → List → Graph, and a flood of notices.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, cameraState, graphPosition, launch, miniDatasetFiles, nodeColor, nodePoint, open, settle, waitMoved, watch } from './browser';

const FADED = '#dcdfe3';

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

before(async () => {
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
});
after(async () => { await context.close(); });

const close = (a: number, b: number, tolerance = 1e-3) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
const sameCamera = (a: { x: number; y: number; ratio: number }, b: { x: number; y: number; ratio: number }) =>
  close(a.x, b.x) && close(a.y, b.y) && close(a.ratio, b.ratio);

describe('camera and links', () => {
  it('opens a link at the camera it names, from the first frame', async () => {
    await open(page, '?camera=0.3,0.6,0.5');
    assert.deepEqual(await cameraState(page), { x: 0.3, y: 0.6, ratio: 0.5 });
    await settle(page);
    assert.deepEqual(await cameraState(page), { x: 0.3, y: 0.6, ratio: 0.5 }, 'nothing moves it afterwards');
  });

  it('a search writes the camera into the link, and that link reopens the same view', async () => {
    await open(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('djilas');
    await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Milovan Djilas/ }).waitFor();
    await search.press('Enter');
    await settle(page);
    await page.waitForFunction(() => /camera=/.test(location.search), null, { timeout: 10_000 });
    const camera = await cameraState(page);
    const link = page.url();
    assert.match(link, /node=milovan-djilas/);
    const other = await context.newPage();
    try {
      await open(other, link);
      assert.ok(sameCamera(await cameraState(other), camera), `reopened at ${JSON.stringify(await cameraState(other))}, expected ${JSON.stringify(camera)}`);
    } finally {
      await other.close();
    }
  });

  it('Graph → List → Graph comes back to the same camera', async () => {
    await open(page, '?camera=0.42,0.55,0.3');
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.waitForFunction(() => !!(window as unknown as { __atlas?: { renderer: { getCamera(): unknown } } }).__atlas?.renderer.getCamera());
    assert.ok(sameCamera(await cameraState(page), { x: 0.42, y: 0.55, ratio: 0.3 }));
  });

  it('a shown connection is framed once, and an unrelated filter change does not move the camera', async () => {
    await open(page, '?node=george-orwell&path=leon-trotsky');
    await page.getByRole('complementary', { name: 'Biography' }).getByText(/^From George Orwell to Leon Trotsky/).waitFor();
    await settle(page);
    const framed = await cameraState(page);
    // Pan away by dragging the stage.
    const box = (await page.locator('main').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.9, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const panned = await cameraState(page);
    assert.ok(!sameCamera(panned, framed), 'the drag panned the camera');
    await page.getByRole('checkbox', { name: /Events/ }).uncheck();
    await page.waitForFunction(() => /hide-kinds=event/.test(location.search));
    await settle(page);
    assert.ok(sameCamera(await cameraState(page), panned), 'the camera stays where the user put it');
    assert.match((await page.getByRole('complementary', { name: 'Biography' }).textContent()) ?? '', /From George Orwell to Leon Trotsky/);
  });

  it('collapses a flood of unknown link parts into one short notice with "show all"', async () => {
    const junk = Array.from({ length: 1000 }, (_v, i) => `junk${i}=1`).join('&');
    await open(page, `?${junk}`);
    const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
    await notices.waitFor();
    const height = (await notices.boundingBox())!.height;
    assert.ok(height < 200, `notices are ${Math.round(height)} px tall`);
    assert.match((await notices.textContent()) ?? '', /Show all 501/);
    await notices.getByText(/Show all/).click();
    assert.ok((await notices.boundingBox())!.height < 400, 'the full list scrolls inside a bounded box');
  });
});

describe('hover', () => {
  it('fades everything but the hovered node\'s neighbourhood, and restores it on leaving', async () => {
    await open(page);
    await settle(page);
    assert.notEqual(await nodeColor(page, 'aksel-larsen'), FADED);
    const { x, y } = await nodePoint(page, 'leon-trotsky');
    await page.mouse.move(x, y);
    await page.waitForFunction((faded) => {
      const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string } | undefined } } };
      return w.__atlas.renderer.getNodeDisplayData('aksel-larsen')?.color === faded;
    }, FADED, { timeout: 5_000 });
    assert.notEqual(await nodeColor(page, 'leon-trotsky'), FADED);
    assert.notEqual(await nodeColor(page, 'fourth-international'), FADED, 'a neighbour stays in colour');
    const box = (await page.locator('main').boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height - 4);
    await page.waitForFunction((faded) => {
      const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string } | undefined } } };
      return w.__atlas.renderer.getNodeDisplayData('aksel-larsen')?.color !== faded;
    }, FADED, { timeout: 5_000 });
  });
});

describe('opening a dataset, then the layout', () => {
  it('"Run layout" moves the newly opened graph, not the old one', async () => {
    await open(page);
    // Use the layout on the bundled graph first, as a user exploring before opening their own data would.
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.getByRole('button', { name: 'Stop layout' }).click();
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await page.getByText('Data', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(miniDatasetFiles());
    await page.waitForFunction(() => (window as unknown as { __atlas: { graph: { order: number } } }).__atlas.graph.order === 5);
    await page.getByText('Data', { exact: true }).click();
    const start = await graphPosition(page, 'george-orwell');
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.getByRole('button', { name: 'Stop layout' }).waitFor();
    await waitMoved(page, 'george-orwell', start, 0.5);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    await page.getByRole('button', { name: 'Reset layout' }).click();
    assert.deepEqual(await graphPosition(page, 'george-orwell'), start);
  });

  it('ran without console errors or foreign requests', () => {
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });
});

describe('window.__atlas', () => {
  it('is not exposed to a browser that is not automated', async () => {
    const plain = await launch({ args: ['--disable-blink-features=AutomationControlled'] });
    try {
      const tab = await plain.newPage();
      await tab.goto(BASE_URL);
      assert.equal(await tab.evaluate(() => navigator.webdriver), false);
      await tab.waitForFunction(() => performance.getEntriesByName('atlas:on-screen').length > 0, null, { timeout: 30_000 });
      assert.equal(await tab.evaluate(() => 'atlas' in window || '__atlas' in window), false);
    } finally {
      await plain.close();
    }
  });
});
