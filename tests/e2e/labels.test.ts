// End-to-end: labels never collide. For each view, every drawn label's box is checked against every
// other label and every other node's disc, with the positions read from the renderer; the SVG export's
// text boxes are measured by Chromium itself.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, open, settle } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

interface Audit { labels: number; overlaps: string[]; covered: string[]; misfits: string[]; forced: string[] }

/** Checks the labels drawn now: pairs that overlap, labels over another node's disc, text wider than its box. */
async function audit(page: Page): Promise<Audit> {
  return page.evaluate(() => {
    type Box = { node: string; x: number; y: number; width: number; height: number; forced: boolean };
    const w = window as unknown as { __atlas: {
      labels(): Box[];
      renderer: {
        getGraph(): { forEachNode(f: (n: string) => void): void };
        getNodeDisplayData(n: string): { x: number; y: number; size: number; hidden?: boolean; label?: string | null; highlighted?: boolean; zIndex?: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        scaleSize(s: number): number;
        getSettings(): { labelSize: number; labelFont: string; labelWeight: string };
      };
    } };
    const { renderer } = w.__atlas;
    const labels = w.__atlas.labels();
    const overlaps: string[] = [];
    const covered: string[] = [];
    const misfits: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${a.node} × ${b.node}`);
      }
    }
    const discs: { node: string; x: number; y: number; r: number }[] = [];
    // Every drawn node counts, but those faded behind a focus (zIndex 0): names may pass over them.
    renderer.getGraph().forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden || data.zIndex === 0) return;
      const p = renderer.framedGraphToViewport(data);
      discs.push({ node, x: p.x, y: p.y, r: renderer.scaleSize(data.size) });
    });
    // Only the selected or hovered node's name may be drawn where no free place exists ("forced").
    const forced = labels.filter((l) => l.forced && !renderer.getNodeDisplayData(l.node)?.highlighted).map((l) => l.node);
    for (const label of labels) {
      if (label.forced) continue;
      for (const d of discs) {
        if (d.node === label.node) continue;
        const nx = Math.max(label.x, Math.min(d.x, label.x + label.width));
        const ny = Math.max(label.y, Math.min(d.y, label.y + label.height));
        if ((nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r * d.r - 0.5) covered.push(`${label.node} over ${d.node}`);
      }
    }
    const settings = renderer.getSettings();
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    for (const label of labels) {
      const text = renderer.getNodeDisplayData(label.node)?.label ?? '';
      if (context.measureText(text).width > label.width) misfits.push(label.node);
    }
    return { labels: labels.length, overlaps, covered, misfits, forced };
  });
}

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
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
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
