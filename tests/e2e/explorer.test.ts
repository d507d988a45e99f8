// End-to-end: a user opens Influence Atlas in Chromium, searches, clicks nodes and relations,
// filters, follows deep links and goes back and forth in history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { graphPosition, isHidden, launch, nodePoint, open, settle, waitHidden, waitMoved, watch } from './browser';

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

const panel = () => page.getByRole('complementary', { name: 'Biography' });
const heading = () => panel().getByRole('heading', { level: 2 });

before(async () => {
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
});
after(async () => {
  await context.close();
});

describe('the explorer', () => {
  it('loads and draws the graph with no console error and no foreign request', async () => {
    await open(page);
    const status = await page.getByText(/^Showing \d+ of \d+ nodes/).textContent();
    const [, shown, total] = /Showing (\d+) of (\d+)/.exec(status ?? '') ?? [];
    assert.ok(Number(total) > 0);
    assert.equal(shown, total);
    await page.screenshot({ path: 'test-results/screenshot-overview.png' });
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });

  it('searching "orwell" opens George Orwell\'s biography', async () => {
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('orwell');
    const option = page.getByRole('option').first();
    assert.match((await option.textContent()) ?? '', /George Orwell/);
    await search.press('Enter');
    await panel().waitFor();
    assert.equal(await heading().textContent(), 'George Orwell');
    assert.match((await panel().textContent()) ?? '', /Eric Arthur Blair/);
    await settle(page);
    await page.screenshot({ path: 'test-results/screenshot-orwell.png' });
  });

  it('finds people by alias, without diacritics and with a typo', async () => {
    const search = page.getByRole('combobox', { name: 'Search' });
    for (const [query, expected] of [['Bronstein', 'Leon Trotsky'], ['trotksy', 'Leon Trotsky'], ['Partido Obrero de Unificacion Marxista', 'POUM']]) {
      await search.fill(query);
      const first = page.getByRole('option').first();
      assert.match((await first.textContent()) ?? '', new RegExp(expected), `search "${query}"`);
    }
    await search.fill('');
  });

  it('clicking a relation line moves to the other node', async () => {
    await page.goto(new URL('?node=george-orwell', page.url()).href);
    await panel().waitFor();
    const link = panel().getByRole('button', { name: /^Author of Homage to Catalonia/ });
    await link.click();
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'Homage to Catalonia');
    assert.match(page.url(), /node=homage-to-catalonia/);
  });

  it('shows the evidence of a relation on demand', async () => {
    const toggle = panel().getByRole('button', { name: /^Evidence for: Written by George Orwell/ });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.match((await panel().textContent()) ?? '', /Confidence: certain/);
  });

  it('back and forward step through selections', async () => {
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'George Orwell');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('aside h2')?.textContent === 'Homage to Catalonia');
  });

  it('Escape closes the biography', async () => {
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /node=/);
  });

  it('clicking a node on the canvas opens its biography, and clicking the empty stage closes it', async () => {
    await open(page);
    await settle(page);
    const { x, y } = await nodePoint(page, 'leon-trotsky');
    await page.mouse.click(x, y);
    await panel().waitFor();
    assert.equal(await heading().textContent(), 'Leon Trotsky');
    await page.waitForTimeout(400); // two clicks within 300 ms would be a double click (zoom)
    const box = (await page.locator('main').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + box.height - 8);
    await panel().waitFor({ state: 'detached' });
  });

  it('/?node=poum opens POUM', async () => {
    await open(page, '?node=poum');
    await panel().waitFor();
    assert.equal(await heading().textContent(), 'POUM');
  });

  it('a filter hides a kind, and Reset shows it again', async () => {
    await open(page);
    assert.equal(await isHidden(page, 'homage-to-catalonia'), false);
    await page.getByRole('checkbox', { name: /Works/ }).uncheck();
    await waitHidden(page, 'homage-to-catalonia', true);
    assert.equal(await isHidden(page, 'george-orwell'), false);
    assert.match(page.url(), /hide-kinds=work/);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await waitHidden(page, 'homage-to-catalonia', false);
  });

  it('a link restores filters, and garbage in it gets a notice while the graph stays intact', async () => {
    await open(page, '?hide-kinds=work,robot&node=stalinn&camera=NaN,1,1');
    const notices = (await page.getByRole('status').filter({ hasText: 'ignored' }).textContent()) ?? '';
    assert.match(notices, /robot/);
    assert.match(notices, /stalinn/);
    assert.match(notices, /camera/i);
    assert.equal(await isHidden(page, 'homage-to-catalonia'), true);
    assert.equal(await isHidden(page, 'george-orwell'), false);
    await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
  });

  it('the List view is a keyboard way in: Enter on a name opens its biography', async () => {
    await open(page);
    await page.getByRole('button', { name: 'List' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    const name = table.getByRole('button', { name: 'Leon Trotsky', exact: true });
    await name.focus();
    await page.keyboard.press('Enter');
    await panel().waitFor();
    assert.equal(await heading().textContent(), 'Leon Trotsky');
    assert.match(page.url(), /view=list/);
  });

  it('shows how Orwell is connected to Trotsky, and the link keeps it', async () => {
    await open(page, '?node=george-orwell');
    const finder = panel().getByRole('combobox', { name: 'Find a connection to' });
    await finder.fill('trotsky');
    await finder.press('Enter');
    const summary = panel().getByText(/^From George Orwell to/);
    assert.match((await summary.textContent()) ?? '', /From George Orwell to Leon Trotsky in \d+ steps?/);
    assert.match(page.url(), /node=george-orwell&path=leon-trotsky/);
    const steps = await panel().locator('ol.path > li').count();
    assert.ok(steps >= 1 && steps <= 3, `${steps} steps`);
    const colours = await page.evaluate(() => {
      const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string } | undefined } } };
      const r = w.__atlas.renderer;
      return { orwell: r.getNodeDisplayData('george-orwell')?.color, trotsky: r.getNodeDisplayData('leon-trotsky')?.color, far: r.getNodeDisplayData('aksel-larsen')?.color };
    });
    assert.notEqual(colours.orwell, '#dcdfe3');
    assert.notEqual(colours.trotsky, '#dcdfe3');
    assert.equal(colours.far, '#dcdfe3', 'nodes off the path fade');
    await settle(page);
    // The chain is framed: both ends are on the stage.
    const stage = (await page.locator('main').boundingBox())!;
    for (const id of ['george-orwell', 'leon-trotsky']) {
      const p = await nodePoint(page, id);
      assert.ok(p.x > stage.x && p.x < stage.x + stage.width && p.y > stage.y && p.y < stage.y + stage.height, `${id} at ${JSON.stringify(p)} is on the stage`);
    }
    await page.screenshot({ path: 'test-results/screenshot-path.png' });
    await page.reload();
    await panel().getByText(/^From George Orwell to Leon Trotsky/).waitFor();
  });

  it('ran without console errors or foreign requests throughout', () => {
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });
});

describe('live layout', () => {
  it('runs ForceAtlas2 in a worker, stops with noverlap, and resets to the precomputed positions', async () => {
    await open(page);
    const position = () => graphPosition(page, 'leon-trotsky');
    const start = await position();
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.getByRole('button', { name: 'Stop layout' }).waitFor();
    await waitMoved(page, 'leon-trotsky', start, 1);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const moved = await position();
    assert.ok(Math.hypot(moved.x - start.x, moved.y - start.y) > 1, 'the layout moved nodes');
    await page.getByRole('button', { name: 'Reset layout' }).click();
    assert.deepEqual(await position(), start);
    assert.deepEqual(seen.errors, []);
  });
});

describe('relations on the canvas', () => {
  it('clicking an edge opens the assertion with its evidence', async () => {
    await open(page, '?node=george-orwell');
    await settle(page);
    // Click a third of the way along Orwell → Homage to Catalonia (clear of both discs).
    const a = await nodePoint(page, 'george-orwell');
    const b = await nodePoint(page, 'homage-to-catalonia');
    await page.mouse.click(a.x + (b.x - a.x) * 0.5, a.y + (b.y - a.y) * 0.5);
    await page.waitForFunction(() => /—/.test(document.querySelector('aside h2')?.textContent ?? ''));
    const title = await heading().textContent();
    assert.match(title ?? '', /George Orwell — .* — Homage to Catalonia|Homage to Catalonia — .* — George Orwell/);
    assert.match((await panel().textContent()) ?? '', /Evidence/);
    assert.match(page.url(), /edge=/);
  });

  it('works offline once loaded: SVG and PDF export still run with the network cut', async () => {
    await open(page, '?node=george-orwell');
    // The idle prefetch has fetched the export code once the chunks it needs are in the resource timeline.
    await page.waitForFunction(() => {
      const names = performance.getEntriesByType('resource').map((e) => e.name);
      return ['/assets/picture-', '/assets/scene-', '/assets/data-export-', '/assets/pdf-', '/assets/DejaVuSans-'].every((part) => names.some((n) => n.includes(part)));
    }, null, { timeout: 15_000 });
    await context.setOffline(true);
    try {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export SVG' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /\.svg$/);
      // The PDF's code and embedded font were prefetched too.
      const [pdf] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Export PDF' }).click(),
      ]);
      assert.match(pdf.suggestedFilename(), /\.pdf$/);
    } finally {
      await context.setOffline(false);
    }
  });
});
