// End-to-end: a large opened network (issue 10) is drawn nodes first, its relations handed to the GPU
// in slices after them (edge-stream.ts) until every one is drawn; a change of view streams them again,
// a hover repaints in place meanwhile, and an export draws what is left at once. The GPU is started by
// a Worker as the app loads (gpu-warmup.ts).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { BASE_URL, launch, nodePoint, watch } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

/** What the test reads of the renderer: sigma 3.0.3's program slots (private in its typings). */
type Probe = {
  __atlas: {
    graph: { size: number; edges(): string[] };
    renderer: { refresh(): unknown; edgeProgramIndex: Record<string, number | undefined>; edgePrograms: Record<string, { capacity: number }> };
    edgeStream: { complete: boolean; flush(): void } | null;
  };
};

describe('a large opened network', () => {
  it('draws the nodes first and then every relation in slices, and streams them again after a change', async () => {
    const { generateNetwork } = await import('../../scripts/bench/generate-network');
    const { write } = await import('graphology-gexf');
    const network = generateNetwork({ nodes: 6_000, edges: 24_000, seed: 1917, positions: true });
    const context = await launch();
    contexts.push(context);
    const page = await context.newPage();
    const { errors } = watch(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.route('**/fixtures/generated/large.gexf', (route) => route.fulfill({ status: 200, body: write(network, { version: '1.3' }), contentType: 'application/xml' }));
    await page.goto(new URL('?file=fixtures/generated/large.gexf', BASE_URL).href);

    // Every relation ends up with a place in the GPU's buffers, and the buffers hold exactly them.
    await page.waitForFunction(() => (window as unknown as Partial<Probe>).__atlas?.edgeStream?.complete === true, null, { timeout: 90_000, polling: 100 });
    const drawn = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as Probe).__atlas;
      return {
        size: graph.size,
        placed: graph.edges().filter((e) => renderer.edgeProgramIndex[e] !== undefined).length,
        capacity: Object.values(renderer.edgePrograms).reduce((sum, p) => sum + p.capacity, 0),
        firstDraw: performance.getEntriesByName('atlas:first-draw', 'mark')[0]?.startTime ?? null,
        edgesDrawn: performance.getEntriesByName('atlas:edges-drawn', 'mark')[0]?.startTime ?? null,
      };
    });
    assert.equal(drawn.size, 24_000);
    assert.equal(drawn.placed, drawn.size, 'every relation is in a program');
    assert.equal(drawn.capacity, drawn.size, 'the programs hold the relations and nothing else');
    assert.ok(drawn.firstDraw !== null && drawn.edgesDrawn !== null && drawn.edgesDrawn > drawn.firstDraw,
      `the nodes were drawn (${drawn.firstDraw} ms) before the last relation (${drawn.edgesDrawn} ms)`);
    assert.ok(workers.some((url) => /gpu-warmup-worker/.test(url)), `the GPU was started by its Worker (workers: ${workers.join(', ')})`);
    await page.screenshot({ path: 'test-results/large-graph-map.png' });

    // A hover repaints the node and its relations in place, even while a change re-streams them.
    await page.evaluate(() => { (window as unknown as Probe).__atlas.renderer.refresh(); });
    const point = await nodePoint(page, 'n0');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => (window as unknown as Probe).__atlas.edgeStream?.complete === true, null, { timeout: 30_000, polling: 50 });

    // A full refresh starts again from the first relation; flushing (what an export does) draws the rest at once.
    const flushed = await page.evaluate(() => {
      const { graph, renderer, edgeStream } = (window as unknown as Probe).__atlas;
      renderer.refresh();
      const before = { complete: edgeStream!.complete, placed: graph.edges().filter((e) => renderer.edgeProgramIndex[e] !== undefined).length };
      edgeStream!.flush();
      return { before, complete: edgeStream!.complete, placed: graph.edges().filter((e) => renderer.edgeProgramIndex[e] !== undefined).length };
    });
    assert.equal(flushed.before.complete, false);
    assert.ok(flushed.before.placed < 24_000, `a full refresh leaves relations to the slices (${flushed.before.placed} placed at once)`);
    assert.equal(flushed.complete, true);
    assert.equal(flushed.placed, 24_000);
    // A click opens the node's panel over the map: the canvas keeps its size (no WebGL resize).
    const width = () => page.evaluate(() => (window as unknown as { __atlas: { renderer: { getDimensions(): { width: number } } } }).__atlas.renderer.getDimensions().width);
    const before = await width();
    await page.mouse.move(0, 0);
    const n1 = await nodePoint(page, 'n1');
    await page.mouse.click(n1.x, n1.y);
    // The node chosen is one whose disc holds the point clicked (n1's, or one drawn over it).
    await page.waitForFunction(() => new URLSearchParams(location.search).has('node'), null, { timeout: 30_000 });
    const chosen = new URL(page.url()).searchParams.get('node')!;
    const at = await nodePoint(page, chosen);
    const radius = await page.evaluate((n) => {
      const r = (window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { size: number }; scaleSize(s: number): number } } }).__atlas.renderer;
      return r.scaleSize(r.getNodeDisplayData(n).size);
    }, chosen);
    assert.ok(Math.hypot(at.x - n1.x, at.y - n1.y) <= radius + 1, `${chosen}'s disc (r ${radius}) holds the point clicked`);
    const panel = page.getByRole('complementary', { name: 'Biography' });
    await panel.getByRole('heading', { name: network.getNodeAttribute(chosen, 'label') as string }).waitFor({ timeout: 30_000 });
    assert.equal(await width(), before);
    await page.screenshot({ path: 'test-results/large-graph.png' });
    assert.deepEqual(errors, []);
  });
});
