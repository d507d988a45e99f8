// End-to-end: the relation types split in issue 9. A link made before the split (naming a relation
// by its old id) still opens that relation under its new type, and the legend lists and filters the
// new types.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, open, watch } from './browser';

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

const panel = () => page.getByRole('complementary', { name: 'Biography' });
const heading = () => panel().getByRole('heading', { level: 2 });
const EXPELLED = 'leon-trotsky--expelled_from--communist-party-of-the-soviet-union';

/** Waits until sigma draws (or hides) a relation, as its edge reducer decides. */
async function waitEdgeHidden(id: string, hidden: boolean): Promise<void> {
  await page.waitForFunction(({ edge, want }) => {
    const w = window as unknown as { __atlas: { renderer: { getEdgeDisplayData(e: string): { hidden?: boolean } | undefined } } };
    return !!w.__atlas.renderer.getEdgeDisplayData(edge)?.hidden === want;
  }, { edge: id, want: hidden }, { timeout: 10_000 });
}

before(async () => {
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
});
after(async () => {
  await context.close();
});

describe('re-typed relations', () => {
  it('an old relation id in a link opens the relation under its new type, and the link is rewritten', async () => {
    await open(page, '?edge=communist-party-of-the-soviet-union--repressed--leon-trotsky');
    await page.waitForFunction(() => /expelled from/.test(document.querySelector('aside h2')?.textContent ?? ''));
    // The party is named as it was called in 1927 (its dated names, data/organizations.json).
    assert.equal(await heading().textContent(), 'Leon Trotsky — expelled from — All-Union Communist Party (Bolsheviks)');
    const text = (await panel().textContent()) ?? '';
    assert.match(text, /Read backwards\s*All-Union Communist Party \(Bolsheviks\) — expelled — Leon Trotsky/);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('edge') === id, EXPELLED);
    assert.equal(await page.getByText(/Unknown edge/).count(), 0, 'no notice: the old id is known');
    await page.screenshot({ path: 'test-results/relation-types-old-link.png' });
  });

  it('an old married_to id opens the couple as partners', async () => {
    await open(page, '?edge=natalia-sedova--married_to--leon-trotsky');
    await page.waitForFunction(() => /partner of/.test(document.querySelector('aside h2')?.textContent ?? ''));
    assert.equal(await heading().textContent(), 'Natalia Sedova — partner of — Leon Trotsky');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('edge') === 'natalia-sedova--partner_of--leon-trotsky');
  });

  it("a biography lists the new types in words", async () => {
    await open(page, '?node=leon-trotsky');
    await page.waitForFunction(() => /Expelled from/.test(document.querySelector('aside')?.textContent ?? ''));
    const text = (await panel().textContent()) ?? '';
    assert.match(text, /Expelled from\s*All-Union Communist Party \(Bolsheviks\)/);
    assert.match(text, /Partner of\s*Natalia Sedova/);
    assert.doesNotMatch(text, /Married to\s*Natalia Sedova/);
  });

  it('the legend lists each new type under its family, with its count and meaning, and hides it on demand', async () => {
    await open(page);
    await page.getByText(/^Relations \(/).click();
    const legend = page.locator('details', { has: page.getByText(/^Relations \(/) });
    const name = (label: string) => page.locator('.name', { hasText: new RegExp(`^${label}$`) });
    const entry = (label: string) => legend.locator('label', { has: name(label) });
    const expected: [string, string, RegExp][] = [
      ['Expelled from', 'Influence & dispute', /expelled the source/],
      ['Suspended from', 'Influence & dispute', /suspended/],
      ['Removed from office in', 'Influence & dispute', /stripped a person/],
      ['Partner of', 'Alliances & ties', /without being married/],
      ['Associated with', 'Membership & leadership', /informal circle/],
    ];
    for (const [label, family, meaning] of expected) {
      assert.equal(await entry(label).count(), 1, `${label} is listed once`);
      const count = Number(await entry(label).locator('.count').textContent());
      assert.ok(count > 0, `${label} has relations (${count})`);
      assert.match((await entry(label).getAttribute('title')) ?? '', meaning);
      const group = legend.locator('fieldset', { has: name(label) });
      assert.match((await group.locator('legend').textContent()) ?? '', new RegExp(family));
    }
    assert.equal(Number(await entry('Partner of').locator('.count').textContent()), 4);
    assert.equal(Number(await entry('Married to').locator('.count').textContent()), 4);
    await legend.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/relation-types-legend.png' });
    // The legend is the filter: hiding "Expelled from" hides Trotsky's expulsion and says so in the link.
    await waitEdgeHidden(EXPELLED, false);
    await entry('Expelled from').locator('input').uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hide-relations')?.includes('expelled_from'));
    await waitEdgeHidden(EXPELLED, true);
    assert.deepEqual(seen.errors, []);
  });
});
