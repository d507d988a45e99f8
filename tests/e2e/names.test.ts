// End-to-end: a party is called by the name it bore in the years shown. With the window on
// 1936–1939 the Soviet party is the All-Union Communist Party (Bolsheviks) on the map, in the panel
// and in the exported SVG; moved to 1956–1960 it is the CPSU; the panel lists its other names with
// their years, and the search finds them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle, watch } from './browser';
import { audit } from './label-audit';

const CPSU_ID = 'communist-party-of-the-soviet-union';
const VKP = 'All-Union Communist Party (Bolsheviks)';
const CPSU = 'Communist Party of the Soviet Union';

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

const panel = () => page.getByRole('complementary', { name: 'Biography' });
const heading = () => panel().getByRole('heading', { level: 2 });

/** The text drawn for a node's label on the map, as the label layer placed it (null: not drawn). */
async function mapLabel(id: string): Promise<string | null> {
  return page.evaluate((node) => {
    const w = window as unknown as { __atlas: { labels(): { node: string; text: string }[] } };
    return w.__atlas.labels().find((l) => l.node === node)?.text ?? null;
  }, id);
}

/** Waits until the map draws `text` as the node's label. */
async function waitMapLabel(id: string, text: string): Promise<void> {
  await page.waitForFunction(({ node, want }) => {
    const w = window as unknown as { __atlas: { labels(): { node: string; text: string }[] } };
    return w.__atlas.labels().some((l) => l.node === node && l.text === want);
  }, { node: id, want: text }, { timeout: 10_000 });
}

/** The panel's "Names" row: every name with its years. */
async function namesRow(): Promise<string> {
  return (await panel().locator('dd.names').textContent()) ?? '';
}

before(async () => {
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
});
after(async () => {
  await context.close();
});

describe('names of the time', () => {
  it('1936–1939: the Soviet party is the All-Union Communist Party (Bolsheviks) on the map and in the panel', async () => {
    await open(page, `?node=${CPSU_ID}&from=1936&to=1939`);
    await panel().waitFor();
    await settle(page);
    assert.equal(await heading().textContent(), VKP);
    await waitMapLabel(CPSU_ID, VKP);
    // The panel lists every name with its years, the others included.
    const names = await namesRow();
    for (const line of ['Bolsheviks, 1903–1917', 'Russian Communist Party (Bolsheviks), 1918–1925', `${VKP}, 1925–1952`, `${CPSU}, 1952–1991`]) {
      assert.ok(names.includes(line), `the panel lists "${line}" (got "${names}")`);
    }
    await page.screenshot({ path: 'test-results/names-1936-1939.png' });
    const labels = await audit(page);
    assert.deepEqual(labels.overlaps, [], 'no label printed over another with the longer name');
    assert.deepEqual(labels.covered, [], 'no label over another node');
  });

  it('1956–1960, set from the timeline strip\'s handles: it reads CPSU, and the panel still lists the older names', async () => {
    // The end first (1939 → 1960), then the start (1936 → 1956): the start never passes the end.
    const end = page.getByRole('slider', { name: 'End of the window' });
    await end.focus();
    for (const key of ['PageUp', 'PageUp', 'ArrowRight']) await page.keyboard.press(key);
    await page.waitForURL(/from=1936&to=1960/);
    const start = page.getByRole('slider', { name: 'Start of the window' });
    await start.focus();
    for (const key of ['PageUp', 'PageUp']) await page.keyboard.press(key);
    await page.waitForURL(/from=1956&to=1960/);
    await settle(page);
    await waitMapLabel(CPSU_ID, CPSU);
    assert.equal(await heading().textContent(), CPSU);
    const names = await namesRow();
    assert.ok(names.includes(`${VKP}, 1925–1952`), names);
    assert.ok(names.includes('Russian Social Democratic Labour Party (Bolsheviks), 1917–1918'), names);
    const labels = await audit(page);
    assert.deepEqual(labels.overlaps, []);
    await page.screenshot({ path: 'test-results/names-1956-1960.png' });
  });

  it('without a window the map shows the usual label, a relation names the party as it was then, and the search finds the old names', async () => {
    await page.goto(new URL(`?node=${CPSU_ID}`, page.url()).href);
    await panel().waitFor();
    await settle(page);
    assert.equal(await heading().textContent(), CPSU);
    await waitMapLabel(CPSU_ID, CPSU);
    // Trotsky's membership of 1917–1927 was mostly in the Russian Communist Party (Bolsheviks);
    // the party expelled him in 1927, by then the All-Union party.
    await page.goto(new URL('?node=leon-trotsky', page.url()).href);
    await panel().waitFor();
    await panel().getByRole('button', { name: 'Member of Russian Communist Party (Bolsheviks), 1917–1927', exact: true }).waitFor();
    await panel().getByRole('button', { name: `Expelled from ${VKP}, 1927`, exact: true }).waitFor();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('All-Union Communist Party');
    // The suggestion names the node by its label and says which of its names matched.
    const hit = page.getByRole('option', { name: /^\s*Communist Party of the Soviet Union\b.*All-Union Communist Party \(Bolsheviks\)/ });
    await hit.waitFor();
    const suggestions = await page.locator('[role="listbox"] [role="option"]').allTextContents();
    assert.match(suggestions[0] ?? '', /Communist Party of the Soviet Union/, 'the party comes first');
    await search.fill('');
  });

  it('the exported SVG labels and captions the party by the name of the window', async () => {
    await page.goto(new URL(`?node=${CPSU_ID}&from=1936&to=1939`, page.url()).href);
    await panel().waitFor();
    await settle(page);
    await waitMapLabel(CPSU_ID, VKP);
    await page.getByText('Export', { exact: true }).click();
    const { text: svg } = await downloadText(page, page.getByRole('button', { name: 'Export SVG' }));
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        label: [...doc.querySelectorAll('#labels text')].find((t) => t.getAttribute('data-id') === 'communist-party-of-the-soviet-union')?.textContent ?? null,
        all: doc.documentElement.textContent ?? '',
      };
    }, svg);
    assert.equal(texts.label, VKP);
    assert.match(texts.all, /Influence Atlas — the anti-Stalinist left · All-Union Communist Party \(Bolsheviks\)/);
    assert.ok(!(await mapLabel('leon-trotsky'))?.includes('undefined'));
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });
});
