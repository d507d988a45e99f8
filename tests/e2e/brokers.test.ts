// End-to-end: the brokers of the network shown, ranked in a Worker, in a table and in the panel.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { launch, open } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

describe('brokers', () => {
  it('ranks the brokers of 1936–1939, and the panel gives the node its rank in that window', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?from=1936&to=1939');
    await page.getByRole('button', { name: 'Brokers', exact: true }).click();
    const table = page.getByRole('table');
    await table.getByText(/^Brokers of 1936–1939/).waitFor({ timeout: 20_000 });
    assert.match(page.url(), /view=brokers/);
    const first = await table.locator('tbody tr').first().locator('th').textContent();
    assert.equal(first?.trim(), 'Leon Trotsky');
    // The POUM is among the first five brokers of the Spanish years.
    const top = (await table.locator('tbody tr th').allTextContents()).slice(0, 5).map((t) => t.trim());
    assert.ok(top.includes('POUM'), `top five: ${top.join(', ')}`);
    // Sorting by relations reorders the table.
    await table.getByRole('button', { name: /Relations/ }).click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('Relations'));
    // Opening a name goes to the graph with its biography and its rank in the window.
    await table.getByRole('button', { name: 'POUM', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Biography' });
    const rank = panel.locator('dd.broker');
    await rank.waitFor({ timeout: 20_000 });
    assert.match((await rank.textContent()) ?? '', /^\d+(st|nd|rd|th) broker of 1936–1939 \(of \d+\); \d+(st|nd|rd|th) by PageRank, \d+(st|nd|rd|th) by relations$/);
    assert.doesNotMatch(page.url(), /view=/);
  });
});
