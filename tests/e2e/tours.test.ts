// End-to-end: tours that argue. The Tours menu starts a tour; Next / Previous (buttons, ←/→,
// PageUp/PageDown) walk its steps and the map, the URL and the panel follow; back and forward step
// through them; Esc leaves; a `?tour=…&step=3` link opens that step; the tour exports as a PDF with
// one page per step. Each step is photographed at 1280×800 and 390×844 and its labels audited.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isHidden, launch, open, settle, watch } from './browser';
import { audit } from './label-audit';

const SHOTS = 'test-results/tours';
const TOURS = JSON.parse(await readFile(new URL('../../data/tours.json', import.meta.url), 'utf8')) as {
  id: string; title: string; steps: { title: string; claims: string[]; view: { node?: string; path?: string; years?: { from: number; to: number } } }[];
}[];
const SPAIN = TOURS.find((t) => t.id === 'spain-and-the-poum')!;
const NYI = TOURS.find((t) => t.id === 'new-york-intellectuals')!;

let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  context = await launch();
  page = await context.newPage();
  seen = watch(page);
  await open(page);
  await settle(page);
});
after(async () => { await context.close(); });

const params = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
const panel = () => page.getByRole('complementary', { name: 'Tour' });

/** Waits until the URL names step `n` (from 1) and the camera and Focus have come to rest. */
async function atStep(n: number): Promise<void> {
  await page.waitForFunction((step) => new URLSearchParams(location.search).get('step') === String(step), n, { timeout: 15_000 });
  await page.waitForFunction('!window.__atlas.moving()', null, { timeout: 15_000, polling: 50 });
  await settle(page);
}

/** How sigma draws a relation: hidden, or its width. */
const edgeDrawn = (id: string) => page.evaluate((edge) => {
  const data = (window as unknown as { __atlas: { renderer: { getEdgeDisplayData(e: string): { hidden?: boolean; size: number } | undefined } } }).__atlas.renderer.getEdgeDisplayData(edge);
  return data && !data.hidden ? data.size : 0;
}, id);

describe('tours', () => {
  it('the tours and their code are not fetched for the first frame', async () => {
    const beforeFirstDraw = await page.evaluate(() => {
      const drawn = performance.getEntriesByName('atlas:first-draw')[0]?.startTime ?? Number.POSITIVE_INFINITY;
      return performance.getEntriesByType('resource').filter((e) => e.startTime < drawn).map((e) => e.name);
    });
    assert.ok(beforeFirstDraw.some((u) => u.endsWith('graph.json')), `resources before the first draw: ${beforeFirstDraw.join(', ')}`);
    assert.deepEqual(beforeFirstDraw.filter((u) => /tours\.json|tour-pdf|chrome/.test(u)), []);
  });

  it('the Tours menu lists the three tours and starts one: panel, URL and map show step 1', async () => {
    await page.getByText('Tours', { exact: true }).click();
    const menu = page.locator('details.dropdown[open] .menu');
    for (const tour of TOURS) await menu.getByRole('button', { name: tour.title }).waitFor();
    assert.match(await menu.textContent() ?? '', /7 steps/);
    await menu.getByRole('button', { name: SPAIN.title }).click();
    await atStep(1);
    assert.equal(await page.locator('details.dropdown[open]').count(), 0, 'the menu closes');
    // The camera joins the URL a moment after a move ends: whether it is there yet is not the point.
    const { camera: _camera, ...stepParams } = await params();
    assert.deepEqual(stepParams, { tour: SPAIN.id, step: '1', node: 'poum', from: '1926', to: '1935' });
    await panel().getByRole('heading', { name: SPAIN.steps[0].title }).waitFor();
    assert.match(await panel().textContent() ?? '', /step 1 of 7/);
    assert.match(await panel().locator('.facts').textContent() ?? '', /POUM.*Years 1926–1935/s);
    // Every claim's evidence is shown, as the biography panel shows it.
    assert.equal(await panel().locator('.claims > li').count(), SPAIN.steps[0].claims.length);
    await panel().getByText('Victor Alba; Stephen Schwartz (1988)').first().waitFor();
    // The map: POUM selected, the step's claims drawn strong, a node of no relation of 1926–1935 hidden.
    for (const claim of SPAIN.steps[0].claims) assert.equal(await edgeDrawn(claim), 4, `claim ${claim} is drawn strong`);
    assert.equal(await isHidden(page, 'encounter'), true);
    assert.equal(await page.evaluate(() => (window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { highlighted?: boolean } } } }).__atlas.renderer.getNodeDisplayData('poum').highlighted), true);
  });

  it('Next and Previous, by button and by key (←/→, PageUp/PageDown), walk the steps; the map and the URL follow', async () => {
    await panel().getByRole('button', { name: 'Next →' }).click();
    await atStep(2);
    assert.equal((await params()).focus, '1');
    assert.match(await page.getByRole('group', { name: 'Focus' }).textContent() ?? '', /Focus on POUM/);
    // The keyboard, while the panel has focus (the Next button still has it).
    await page.keyboard.press('ArrowRight');
    await atStep(3);
    assert.equal((await params()).node, 'spanish-revolution-of-1936');
    await page.keyboard.press('PageDown');
    await atStep(4);
    const p4 = await params();
    assert.deepEqual([p4.node, p4.path, p4.via, p4.from, p4.to], ['george-orwell', 'poum', 'ties', '1936', '1937']);
    assert.match(await panel().locator('.facts').textContent() ?? '', /George Orwell · connection to POUM \(only ties/);
    assert.equal(await edgeDrawn('ilp-contingent--member_of--poum'), 4, 'the chain is drawn');
    await page.keyboard.press('ArrowLeft');
    await atStep(3);
    await page.keyboard.press('PageUp');
    await atStep(2);
    await panel().getByRole('button', { name: '← Previous' }).click();
    await atStep(1);
    assert.equal(await panel().getByRole('button', { name: '← Previous' }).isDisabled(), true, 'no step before the first');
  });

  it('each step is in the history: back and forward walk the steps', async () => {
    await panel().getByRole('link', { name: SPAIN.steps[4].title }).click();
    await atStep(5);
    await panel().getByRole('heading', { name: SPAIN.steps[4].title }).waitFor();
    await page.goBack();
    await atStep(1);
    await panel().getByRole('heading', { name: SPAIN.steps[0].title }).waitFor();
    assert.equal((await params()).node, 'poum');
    await page.goForward();
    await atStep(5);
    await panel().getByRole('heading', { name: SPAIN.steps[4].title }).waitFor();
    assert.equal((await params()).node, 'may-days-1937');
  });

  it('Esc leaves the tour: the map stays as the step left it and the biography of its node shows', async () => {
    await panel().getByRole('heading', { name: SPAIN.steps[4].title }).click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('tour'));
    assert.equal(await panel().count(), 0);
    assert.equal((await params()).node, 'may-days-1937');
    await page.getByRole('complementary', { name: 'Biography' }).getByRole('heading', { name: 'May Days of 1937' }).waitFor();
  });

  it('a `?tour=…&step=3` link opens that step, its view put in the URL (one entry of the history)', async () => {
    const previous = page.url();
    await open(page, `?tour=${NYI.id}&step=3`);
    await atStep(3);
    await page.waitForFunction(() => new URLSearchParams(location.search).has('node'));
    // Completing the link to its step's view added no entry: back leaves the tour's link at once.
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, previous, { timeout: 10_000 });
    await page.goForward();
    await atStep(3);
    await panel().getByRole('heading', { name: NYI.steps[2].title }).waitFor();
    const p = await params();
    assert.deepEqual([p.tour, p.node, p.focus, p.from, p.to], [NYI.id, 'dewey-commission', '1', '1936', '1937']);
    assert.match(await panel().textContent() ?? '', /step 3 of 8/);
    assert.equal(await isHidden(page, 'encounter'), true, 'outside Focus and the window');
    assert.equal(await isHidden(page, 'sidney-hook'), false);
    // An unknown tour opens the map with a notice.
    await open(page, '?tour=no-such-tour&step=2');
    await page.getByText('Unknown tour "no-such-tour" in ?tour= — ignored.').waitFor();
    assert.equal(await panel().count(), 0);
  });

  it('"Export tour as PDF" writes one page per step holding the step titles, then returns to the step', async () => {
    await open(page, `?tour=${SPAIN.id}&step=2`);
    await atStep(2);
    const historyBefore = await page.evaluate(() => history.length);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      panel().getByRole('button', { name: 'Export tour as PDF' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^influence-atlas-tour-spain-1936-1937-the-poum-\d{4}-\d{2}-\d{2}\.pdf$/);
    await download.saveAs(`${SHOTS}/${SPAIN.id}.pdf`);
    const bytes = await readFile(`${SHOTS}/${SPAIN.id}.pdf`);
    // Pages counted in the bytes: one page object per step, and the page tree's count.
    const raw = bytes.toString('latin1');
    assert.equal(raw.match(/\/Type\s*\/Page(?![s\w])/g)?.length, SPAIN.steps.length);
    assert.match(raw, new RegExp(`/Count ${SPAIN.steps.length}\\b`));
    const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
    assert.equal(pdf.numPages, SPAIN.steps.length);
    for (let i = 0; i < pdf.numPages; i++) {
      const text = (await (await pdf.getPage(i + 1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
      assert.ok(text.includes(`step ${i + 1} of ${SPAIN.steps.length}: ${SPAIN.steps[i].title}`), `page ${i + 1} names its step: ${text.slice(0, 200)}`);
      assert.match(text, /Evidence: /, `page ${i + 1} cites its evidence`);
      assert.ok(text.includes(`?tour=${SPAIN.id}&step=${i + 1}`), `page ${i + 1} cites its own link`);
    }
    // The map of a step is drawn: the selected node of step 5 is named on its page.
    const fifth = (await (await pdf.getPage(5)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
    assert.ok(fifth.includes('May Days of 1937'), 'the node of step 5 is labelled on its page');
    // The reader is back at the step, and the export added nothing to the history.
    await atStep(2);
    await panel().getByRole('status').getByText(/^Saved influence-atlas-tour-/).waitFor();
    assert.equal((await params()).focus, '1');
    assert.equal(await page.evaluate(() => history.length), historyBefore);
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`every step at ${viewport.width}×${viewport.height}: no label over another or over a node, the panel in view`, async () => {
      const phone = await launch({ viewport, mobile: viewport.width < 600 });
      try {
        const p = await phone.newPage();
        const errors = watch(p);
        for (const tour of TOURS) {
          await open(p, `?tour=${tour.id}&step=1`);
          for (let i = 0; i < tour.steps.length; i++) {
            // Walked with Next, as a reader would.
            if (i > 0) await p.getByRole('complementary', { name: 'Tour' }).getByRole('button', { name: 'Next →' }).click();
            await p.waitForFunction((n) => new URLSearchParams(location.search).get('step') === String(n) && !!document.querySelector('aside[aria-label="Tour"] h2'), i + 1, { timeout: 15_000 });
            await p.getByRole('complementary', { name: 'Tour' }).getByRole('heading', { name: tour.steps[i].title }).waitFor();
            await p.waitForFunction('!window.__atlas.moving()', null, { timeout: 15_000, polling: 50 });
            await settle(p);
            await p.screenshot({ path: `${SHOTS}/${tour.id}-${i + 1}-${viewport.width}.png` });
            const result = await audit(p);
            assert.deepEqual(result.overlaps, [], `${tour.id} step ${i + 1}: labels printed over each other`);
            assert.deepEqual(result.covered, [], `${tour.id} step ${i + 1}: labels over another node`);
            const box = await p.locator('aside[aria-label="Tour"]').boundingBox();
            assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width + 1, `${tour.id} step ${i + 1}: the panel fits the width`);
            // The step's selected node is on the stage, not under the panel.
            const node = tour.steps[i].view.node;
            if (node) {
              const at = await p.evaluate((id) => {
                const r = (window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(d: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } } } }).__atlas.renderer;
                return { ...r.framedGraphToViewport(r.getNodeDisplayData(id)), ...r.getDimensions() };
              }, node);
              const free = viewport.width < 600 ? at.height * 0.45 : at.height;
              assert.ok(at.x >= 0 && at.x <= at.width && at.y >= 0 && at.y <= free, `${tour.id} step ${i + 1}: ${node} at ${Math.round(at.x)},${Math.round(at.y)} is off the free stage`);
            }
          }
        }
        assert.deepEqual(errors.errors, []);
      } finally {
        await phone.close();
      }
    });
  }

  it('logged no error and asked nothing of another origin', () => {
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });
});
