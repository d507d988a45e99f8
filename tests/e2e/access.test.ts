// End-to-end: accessibility (axe-core finds no serious or critical violation), keyboard use,
// and the phone viewport where the biography becomes a bottom sheet.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, nodePoint, open, settle, watch } from './browser';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility', () => {
  it('axe finds no serious violation on the main view, the biography and the list', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page);
    assert.deepEqual(await axe(page), [], 'main view');
    await open(page, '?node=george-orwell');
    await page.getByRole('complementary', { name: 'Biography' }).waitFor();
    assert.deepEqual(await axe(page), [], 'biography');
    await page.getByRole('button', { name: 'List' }).click();
    assert.deepEqual(await axe(page), [], 'list view');
  });

  it('axe finds no serious violation on the timeline strip and a comparison of two periods', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?from=1936&to=1939');
    await page.locator('.strip svg .bars rect').first().waitFor({ state: 'attached', timeout: 20_000 });
    assert.deepEqual(await axe(page), [], 'strip with a window');
    await open(page, '?compare=1936-1939,1946-1956');
    await page.getByRole('complementary', { name: 'Comparison' }).waitFor();
    await page.locator('.strip svg .bars rect').first().waitFor({ state: 'attached', timeout: 20_000 });
    assert.deepEqual(await axe(page), [], 'comparison');
  });

  it('the search works from the keyboard alone', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    assert.equal(focused, 'combobox');
    await page.keyboard.type('djilas');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('complementary', { name: 'Biography' }).getByRole('heading', { level: 2 });
    assert.equal(await heading.textContent(), 'Milovan Djilas');
  });
});

describe('phone', () => {
  it('works on a 390×844 touch screen: search, tap a node, read the bottom sheet', async () => {
    const context = await launch({ viewport: { width: 390, height: 844 }, mobile: true });
    contexts.push(context);
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    await settle(page);
    const { x, y } = await nodePoint(page, 'leon-trotsky');
    await page.touchscreen.tap(x, y);
    const panel = page.getByRole('complementary', { name: 'Biography' });
    await panel.waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).textContent(), 'Leon Trotsky');
    const box = (await panel.boundingBox())!;
    assert.ok(box.y > 844 * 0.3, 'panel sits in the lower part of the screen');
    assert.ok(Math.abs(box.width - 390) < 2, 'panel spans the width');
    await settle(page);
    const after = await nodePoint(page, 'leon-trotsky');
    assert.ok(after.y < box.y, `the chosen node (y=${Math.round(after.y)}) is visible above the sheet (y=${Math.round(box.y)})`);
    await page.screenshot({ path: 'test-results/screenshot-phone.png' });
    await page.getByRole('button', { name: 'Close biography' }).tap();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Search' }).fill('orwell');
    await page.getByRole('option').first().tap();
    await panel.waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).textContent(), 'George Orwell');
    assert.deepEqual(seen.errors, []);
  });
});
