// End-to-end: the timeline strip under the map and Compare two periods, as a user meets them. Brush
// a window with the mouse (the map and the counts follow, the link keeps it), set it from the
// keyboard, Play and Pause (the camera stays put), open a comparison link (three-way counts and
// colours on the map, a name in the list opens its biography, Esc leaves), and a phone.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { cameraState, launch, open, settle, waitHidden, watch } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

// src/lib/render/palette.ts
const PERIOD_COLORS = { appeared: '#009e73', vanished: '#d55e00', persisted: '#6f7782' } as const;
const PERIOD_EDGE_COLORS = { appeared: '#5cc4a5', vanished: '#eb9a62', persisted: '#b4bac2' } as const;

async function page(options: Parameters<typeof launch>[0] = {}): Promise<Page> {
  const context = await launch(options);
  contexts.push(context);
  return context.newPage();
}

/** Waits until the strip's d3 drawing has arrived (it loads after the first frame). */
async function stripDrawn(p: Page): Promise<void> {
  await p.locator('.strip svg .bars rect').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** The viewport x of the left edge of a year on the strip (the chart's margins are 10 px a side). */
async function yearX(p: Page, year: number): Promise<{ x: number; y: number }> {
  const box = (await p.locator('.strip svg').boundingBox())!;
  const handle = p.getByRole('slider', { name: /^Start of / }).first();
  const from = Number(await handle.getAttribute('aria-valuemin'));
  const to = Number(await handle.getAttribute('aria-valuemax'));
  return { x: box.x + 10 + ((year - from) / (to + 1 - from)) * (box.width - 20), y: box.y + (box.height - 17) / 2 };
}

const search = (p: Page) => p.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
const param = async (p: Page, name: string) => (await p.evaluate((n) => new URLSearchParams(location.search).get(n), name));

/** How many shown nodes and relations sigma draws in each colour of the comparison. */
async function drawnByStatus(p: Page) {
  // No function is declared inside: tsx would wrap it in a helper the page does not have.
  return p.evaluate(({ nodeColors, edgeColors }) => {
    type Data = { color: string; outerColor?: string; hidden?: boolean };
    const w = window as unknown as { __atlas: { graph: { nodes(): string[]; edges(): string[] }; renderer: {
      getNodeDisplayData(n: string): Data | undefined; getEdgeDisplayData(e: string): Data | undefined } } };
    const { graph, renderer } = w.__atlas;
    const result = { nodes: { appeared: 0, vanished: 0, persisted: 0, other: 0 } as Record<string, number>, edges: { appeared: 0, vanished: 0, persisted: 0, other: 0 } as Record<string, number> };
    for (const [what, ids, colors] of [['nodes', graph.nodes(), nodeColors], ['edges', graph.edges(), edgeColors]] as const) {
      for (const id of ids) {
        const d = what === 'nodes' ? renderer.getNodeDisplayData(id) : renderer.getEdgeDisplayData(id);
        if (!d || d.hidden) continue;
        // A work is hollow: its ring carries the colour.
        const status = Object.keys(colors).find((s) => d.color === colors[s as keyof typeof colors] || d.outerColor === colors[s as keyof typeof colors]);
        result[what][status ?? 'other'] += 1;
      }
    }
    return result;
  }, { nodeColors: PERIOD_COLORS, edgeColors: PERIOD_EDGE_COLORS });
}

describe('the timeline strip', () => {
  it('brushing a window with the mouse filters the map, updates the counts and writes the window into the link', async () => {
    const p = await page();
    const seen = watch(p);
    await open(p);
    await stripDrawn(p);
    const legendStatus = p.locator('.legend .status');
    assert.match((await legendStatus.textContent()) ?? '', /Showing 436 of 436 nodes/);
    await waitHidden(p, 'congress-for-cultural-freedom', false);
    const from = await yearX(p, 1936);
    const to = await yearX(p, 1940); // the right edge of 1939
    await p.mouse.move(from.x + 1, from.y);
    await p.mouse.down();
    await p.mouse.move(to.x - 1, to.y, { steps: 12 });
    await p.mouse.up();
    await p.waitForFunction(() => /from=1936&to=1939/.test(location.search), null, { timeout: 10_000 });
    const status = p.locator('.strip .now');
    assert.match((await status.textContent()) ?? '', /^1936–1939: \d+ nodes, \d+ relations$/);
    const [, nodes, relations] = /(\d+) nodes, (\d+) relations/.exec((await status.textContent())!)!;
    assert.ok(Number(nodes) < 436 && Number(nodes) > 50, `${nodes} nodes in 1936–1939`);
    await p.waitForFunction((n) => document.querySelector('.legend .status')?.textContent?.includes(`Showing ${n} of 436 nodes, `), nodes);
    assert.match((await legendStatus.textContent()) ?? '', new RegExp(`${relations} of 1189 relations`));
    // Founded in 1950, the Congress for Cultural Freedom leaves the map; the POUM of the Spanish war stays.
    await waitHidden(p, 'congress-for-cultural-freedom', true);
    await waitHidden(p, 'poum', false);
    // The brush sits on the window's years, and a reload of the link puts it back there.
    const selection = async () => (await p.locator('.strip .brush-window .selection').boundingBox())!;
    const brushed = await selection();
    assert.ok(Math.abs(brushed.x - from.x) < 1.5 && Math.abs(brushed.x + brushed.width - to.x) < 1.5, `brush at ${brushed.x}–${brushed.x + brushed.width}, years at ${from.x}–${to.x}`);
    await p.reload();
    await p.waitForFunction(() => !!(window as unknown as { __atlas?: unknown }).__atlas);
    await stripDrawn(p);
    await p.waitForFunction(() => (document.querySelector('.strip .brush-window .selection')?.getBoundingClientRect().width ?? 0) > 0);
    const restored = await selection();
    assert.ok(Math.abs(restored.x - brushed.x) < 1 && Math.abs(restored.width - brushed.width) < 1, 'the brush is restored from the link');
    await waitHidden(p, 'congress-for-cultural-freedom', true);
    await p.locator('.strip').screenshot({ path: 'test-results/timeline-strip.png' });
    // A click on the strip, outside the window, clears it: all years again.
    const elsewhere = await yearX(p, 1975);
    await p.mouse.click(elsewhere.x, elsewhere.y);
    await p.waitForFunction(() => !/from=/.test(location.search));
    await waitHidden(p, 'congress-for-cultural-freedom', false);
    assert.match((await status.textContent()) ?? '', /^All years, 1889–2019$/);
    assert.deepEqual(seen.errors, []);
  });

  it('sets the window from the keyboard alone: the handles answer the arrow keys, Home and End', async () => {
    const p = await page();
    await open(p, '?from=1936&to=1939');
    const end = p.getByRole('slider', { name: 'End of the window' });
    await end.focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => /from=1936&to=1941/.test(location.search));
    assert.equal(await end.getAttribute('aria-valuenow'), '1941');
    await p.keyboard.press('Shift+Tab'); // back to the start handle
    assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Start of the window');
    await p.keyboard.press('PageUp');
    await p.waitForFunction(() => /from=1941&to=1941/.test(location.search)); // never past the other end
    await p.keyboard.press('Home');
    await p.waitForFunction(() => /from=1889&to=1941/.test(location.search));
    assert.match((await p.locator('.strip .now').textContent()) ?? '', /^1889–1941: /);
  });

  it('Play moves the window on a year at a time without moving the camera, and Pause stops it', async () => {
    const p = await page();
    const seen = watch(p);
    await open(p, '?from=1930&to=1933');
    await stripDrawn(p);
    await settle(p);
    const camera = await cameraState(p);
    await p.getByRole('button', { name: '4×' }).click();
    await p.getByRole('button', { name: 'Play' }).click();
    await p.waitForFunction(() => Number(new URLSearchParams(location.search).get('from')) >= 1934, null, { timeout: 15_000 });
    const playing = await search(p);
    assert.equal(Number(playing.to) - Number(playing.from), 3, 'the window keeps its width');
    assert.deepEqual(await cameraState(p), camera, 'playback does not re-frame the camera');
    await p.getByRole('button', { name: 'Pause' }).click();
    const paused = await param(p, 'from');
    // Three steps' time at 4× (175 ms each) later, the window has not moved.
    const t0 = await p.evaluate(() => performance.now());
    await p.waitForFunction((t) => performance.now() > t + 3 * 175, t0);
    assert.equal(await param(p, 'from'), paused);
    assert.ok(await p.getByRole('button', { name: 'Play' }).isVisible());
    assert.deepEqual(await cameraState(p), camera);
    assert.deepEqual(seen.errors, []);
  });

  it('the panel writes approximate years as such', async () => {
    const p = await page();
    await open(p, '?node=michel-pablo');
    const panel = p.getByRole('complementary', { name: 'Biography' });
    await panel.getByText(/Fourth International/).first().waitFor();
    assert.match((await panel.textContent()) ?? '', /Fourth International, c\. 1946–before 1965/);
  });
});

describe('compare two periods', () => {
  it('a ?compare= link shows what appeared, vanished and persisted, in counts and on the map; a name opens its biography; Esc leaves', async () => {
    const p = await page();
    const seen = watch(p);
    await open(p, '?compare=1936-1939,1946-1956');
    const panel = p.getByRole('complementary', { name: 'Comparison' });
    await panel.waitFor();
    assert.match((await panel.getByRole('heading', { level: 2 }).textContent()) ?? '', /1936–1939 and 1946–1956/);
    const key = panel.getByRole('list', { name: 'Colours of the comparison' });
    const counts: Record<string, { nodes: number; edges: number }> = {};
    for (const status of ['appeared', 'vanished', 'persisted']) {
      const text = (await key.locator(`[data-status="${status}"]`).textContent()) ?? '';
      const [, nodes, edges] = new RegExp(`${status} (\\d+)\\s+nodes, (\\d+) relations`).exec(text.replace(/\u00a0/g, ' '))!;
      counts[status] = { nodes: Number(nodes), edges: Number(edges) };
      assert.ok(counts[status].nodes > 0, `${status}: ${text}`);
      // Each list says as much.
      // (Persisted is folded at first: count its names whether shown or not.)
      const list = panel.locator(`ul[aria-label="${status[0].toUpperCase()}${status.slice(1)} (${nodes})"]`);
      assert.equal(await list.locator('button').count(), counts[status].nodes, `${status} list`);
    }
    // The map draws exactly those numbers in each colour (reducer output), and nothing else.
    await stripDrawn(p);
    const drawn = await drawnByStatus(p);
    for (const status of ['appeared', 'vanished', 'persisted']) {
      assert.equal(drawn.nodes[status], counts[status].nodes, `nodes ${status}`);
      assert.equal(drawn.edges[status], counts[status].edges, `relations ${status}`);
    }
    assert.equal(drawn.nodes.other, 0);
    assert.equal(drawn.edges.other, 0);
    // The strip draws the two periods and says the same counts.
    assert.match((await p.locator('.strip .bar').textContent()) ?? '', new RegExp(`1936–1939 against 1946–1956:.*appeared ${counts.appeared.nodes}`));
    await p.screenshot({ path: 'test-results/timeline-compare.png' });

    // Clicking an appeared name selects it, and its biography says how it fared.
    await panel.getByRole('list', { name: /^Appeared/ }).getByRole('button', { name: 'Congress for Cultural Freedom' }).click();
    const bio = p.getByRole('complementary', { name: 'Biography' });
    await bio.waitFor();
    assert.equal(await bio.getByRole('heading', { level: 2 }).textContent(), 'Congress for Cultural Freedom');
    assert.match((await bio.textContent()) ?? '', /Appeared: in 1946–1956, not in 1936–1939/);
    await p.waitForFunction(() => /node=congress-for-cultural-freedom/.test(location.search) && /compare=1936-1939,1946-1956/.test(location.search));
    // Esc closes the biography (the comparison stays), Esc again leaves the comparison.
    await p.keyboard.press('Escape');
    await panel.waitFor();
    await p.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await p.waitForFunction(() => !/compare=/.test(location.search));
    await p.waitForFunction(() => {
      const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string } | undefined } } };
      return w.__atlas.renderer.getNodeDisplayData('george-orwell')?.color === '#4e79a7'; // a person's own colour again
    });
    assert.deepEqual(seen.errors, []);
  });

  it('starts from the brushed window, brushes the second period, and Close ends it', async () => {
    const p = await page();
    await open(p, '?from=1936&to=1939');
    await stripDrawn(p);
    await p.getByRole('button', { name: 'Compare periods' }).click();
    await p.waitForFunction(() => /compare=1936-1939,1940-1943/.test(location.search));
    // The second period is the lower half of the strip: drag it to 1946–1956.
    await p.waitForFunction(() => (document.querySelector('.strip .brush-b .selection')?.getBoundingClientRect().width ?? 0) > 0);
    const box = (await p.locator('.strip .brush-b .overlay').boundingBox())!;
    const from = await yearX(p, 1946);
    const to = await yearX(p, 1957);
    const y = box.y + box.height * 0.6;
    await p.mouse.move(from.x + 1, y);
    await p.mouse.down();
    await p.mouse.move(to.x - 1, y, { steps: 12 });
    await p.mouse.up();
    await p.waitForFunction(() => /compare=1936-1939,1946-1956/.test(location.search));
    const panel = p.getByRole('complementary', { name: 'Comparison' });
    await panel.getByRole('heading', { name: '1936–1939 and 1946–1956' }).waitFor();
    await p.getByRole('button', { name: 'Close comparison' }).first().click();
    await panel.waitFor({ state: 'detached' });
    await p.waitForFunction(() => !/compare=/.test(location.search) && /from=1936&to=1939/.test(location.search));
  });

  it('ignores a malformed ?compare= with a notice', async () => {
    const p = await page();
    await open(p, '?compare=1956-1946,1936');
    await p.getByRole('status').filter({ hasText: '?compare=' }).waitFor();
    assert.equal(await p.getByRole('complementary', { name: 'Comparison' }).count(), 0);
  });
});

describe('on a phone', () => {
  it('the strip and the comparison fit a 390×844 screen, nothing cut off or covered', async () => {
    const p = await page({ viewport: { width: 390, height: 844 }, mobile: true });
    const seen = watch(p);
    await open(p, '?compare=1936-1939,1946-1956');
    await stripDrawn(p);
    const panel = p.getByRole('complementary', { name: 'Comparison' });
    await panel.waitFor();
    const strip = (await p.locator('.strip').boundingBox())!;
    const sheet = (await p.locator('.panel-slot').boundingBox())!;
    assert.ok(sheet.y + sheet.height <= strip.y + 1, `the sheet (ends ${sheet.y + sheet.height}) stops above the strip (${strip.y})`);
    assert.ok(strip.y + strip.height <= 844 + 0.5, 'the strip is on screen');
    // Every control and key of the strip lies inside it and inside the screen, and none overlaps another.
    const boxes = await p.locator('.strip button, .strip .now, .strip .period-key li, .strip .key li, .strip svg').evaluateAll((els) =>
      els.map((el) => { const r = el.getBoundingClientRect(); return { name: el.textContent?.trim().slice(0, 20) ?? '', x: r.x, y: r.y, w: r.width, h: r.height }; })
        .filter((b) => b.w > 0 && b.h > 0)); // not the parts a narrow screen leaves out
    for (const b of boxes) {
      assert.ok(b.x >= strip.x - 0.5 && b.x + b.w <= strip.x + strip.width + 0.5 && b.y >= strip.y - 0.5 && b.y + b.h <= strip.y + strip.height + 0.5, `${b.name} lies inside the strip`);
    }
    const flat = boxes.filter((b) => b.name !== '');
    for (const [i, a] of flat.entries()) {
      for (const b of flat.slice(i + 1)) {
        const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
        assert.ok(apart, `"${a.name}" and "${b.name}" overlap`);
      }
    }
    await p.screenshot({ path: 'test-results/timeline-phone.png' });
    assert.deepEqual(seen.errors, []);
  });
});
