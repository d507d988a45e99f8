// End-to-end: the Analysis view (brokers, communities against currents), computed in a Worker, and
// the node's broker rank in the panel.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { BASE_URL, launch, open } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

describe('analysis', () => {
  it('ranks the brokers of 1936–1939, and the panel gives the node its rank in that window', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?from=1936&to=1939');
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await page.getByRole('heading', { name: 'Brokers of 1936–1939' }).waitFor({ timeout: 20_000 });
    const table = page.getByRole('region', { name: 'Brokers of 1936–1939' }).getByRole('table');
    assert.match(page.url(), /view=analysis/);
    const first = await table.locator('tbody tr').first().locator('th').textContent();
    assert.equal(first?.trim(), 'Leon Trotsky');
    // The POUM is among the first five brokers of the Spanish years.
    const top = (await table.locator('tbody tr th').allTextContents()).slice(0, 5).map((t) => t.trim());
    assert.ok(top.includes('POUM'), `top five: ${top.join(', ')}`);
    // Sorting by relations reorders the table.
    await table.getByRole('button', { name: /Relations/ }).click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('Relations'));
    // Communities against currents: each row names a dominant current and its share.
    const communities = page.getByRole('region', { name: /Communities against currents, 1936–1939/ }).locator('tbody tr');
    assert.ok((await communities.count()) >= 3, 'at least three communities of three or more nodes');
    const firstRow = (await communities.first().locator('td').allTextContents()).map((t) => t.trim());
    assert.match(firstRow[0], /^\d+$/);
    assert.match(firstRow[1], /\(\d+ %\)$|^no current$/);
    // Opening a name goes to the graph with its biography and its rank in the window.
    await table.getByRole('button', { name: 'POUM', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Biography' });
    const rank = panel.locator('dd.broker');
    await rank.waitFor({ timeout: 20_000 });
    assert.match((await rank.textContent()) ?? '', /^\d+(st|nd|rd|th) broker of 1936–1939 \(of \d+\); \d+(st|nd|rd|th) by PageRank, \d+(st|nd|rd|th) by relations$/);
    assert.doesNotMatch(page.url(), /view=/);
  });

  it('a person\'s shared affiliations keep their two sourced legs, each opening its evidence', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?node=george-orwell');
    const panel = page.getByRole('complementary', { name: 'Biography' });
    const shared = panel.locator('details.shared');
    await shared.locator('summary').click();
    assert.match((await shared.locator('summary').textContent()) ?? '', /^Shared affiliations: \d+ people$/);
    // Orwell and Fenner Brockway were both in the Independent Labour Party.
    const brockway = shared.locator(':scope > ul > li').filter({ has: page.getByRole('button', { name: 'Fenner Brockway', exact: true }) });
    assert.match((await brockway.textContent()) ?? '', /via Independent Labour Party/);
    await brockway.getByRole('button', { name: /^Fenner Brockway — .* — Independent Labour Party: evidence$/ }).click();
    await panel.getByRole('heading', { name: /^Fenner Brockway — .* — Independent Labour Party$/ }).waitFor();
    await panel.getByRole('heading', { name: 'Evidence' }).waitFor();
  });

  it('under a provenance lens, the tables say on whose word the network rests', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    // The Analysis view has no canvas: wait for its table, not for drawn labels.
    await page.goto(new URL('?view=analysis&source-kind=primary', BASE_URL).href);
    const caption = page.getByRole('region', { name: 'Brokers of the network shown' }).locator('caption');
    await caption.waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => /over the relations shown \(relations resting on memoir or primary text\)/i
      .test(document.querySelector('section caption')?.textContent ?? ''), null, { timeout: 20_000 });
  });
});
