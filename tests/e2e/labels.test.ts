// End-to-end: labels never collide. For each view, every drawn label's box is checked against every
// other label and every other node's disc, with the positions read from the renderer; the SVG export's
// text boxes are measured by Chromium itself.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadText, launch, open, settle } from './browser';
import { audit, type Audit } from './label-audit';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

async function check(page: Page, path: string): Promise<Audit> {
  await open(page, path);
  await settle(page);
  const result = await audit(page);
  assert.deepEqual(result.overlaps, [], `${path || 'overview'}: labels printed over each other`);
  assert.deepEqual(result.covered, [], `${path || 'overview'}: labels over another node`);
  assert.deepEqual(result.misfits, [], `${path || 'overview'}: text wider than its box`);
  assert.deepEqual(result.forced, [], `${path || 'overview'}: labels drawn without a free place`);
  // Coverage of a dense neighbourhood is Focus's job; here the labels must exist and never collide.
  assert.ok(result.labels >= 3, `${path || 'overview'}: only ${result.labels} labels`);
  return result;
}

describe('labels never collide', () => {
  it('in the overview, around Trotsky, the New York Intellectuals and the POUM, at 1280×800', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    for (const path of ['', '?node=leon-trotsky', '?node=new-york-intellectuals', '?node=poum']) await check(page, path);
  });

  it('on a 390×844 phone, around Trotsky', async () => {
    const context = await launch({ viewport: { width: 390, height: 844 }, mobile: true });
    contexts.push(context);
    const page = await context.newPage();
    await check(page, '?node=leon-trotsky');
  });

  it('while the camera zooms in, labels appear without colliding', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    const before = await check(page, '');
    await page.evaluate(() => {
      const c = (window as unknown as { __atlas: { renderer: { getCamera(): { setState(s: { ratio: number }): void } } } }).__atlas.renderer.getCamera();
      c.setState({ ratio: 0.3 });
    });
    await settle(page);
    const zoomed = await audit(page);
    assert.deepEqual(zoomed.overlaps, []);
    assert.deepEqual(zoomed.covered, []);
    assert.ok(zoomed.labels > before.labels * 0.5, `zoomed in: ${zoomed.labels} labels`);
  });

  it('in the SVG export: no two text boxes overlap, as Chromium measures them', async () => {
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    await open(page, '?node=leon-trotsky');
    await settle(page);
    await page.getByText('Export', { exact: true }).click();
    const { text: svg } = await downloadText(page, page.getByRole('button', { name: 'Export SVG' }));
    const result = await page.evaluate((text) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position: fixed; left: 0; top: 0; visibility: hidden';
      holder.innerHTML = new XMLSerializer().serializeToString(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement);
      document.body.appendChild(holder);
      const boxes = [...holder.querySelectorAll('#labels text')].map((t) => ({ id: t.getAttribute('data-id'), box: (t as SVGTextElement).getBBox() }));
      holder.remove();
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          // A pixel of slack for the halo and font rounding.
          if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
        }
      }
      return { count: boxes.length, overlaps };
    }, svg);
    assert.ok(result.count >= 8, `${result.count} labels in the SVG`);
    assert.deepEqual(result.overlaps, []);
  });
});
