// Framing nodes for a tour step: the camera zooms so the nodes fit the free part of the stage with
// room for their names, and on a phone aims at the part above the biography sheet.
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import type { Graph } from '../../../src/lib/model/graph-type';
import { FRAME_MARGIN, FRAME_MIN_RATIO, frameCamera } from '../../../src/lib/render/frame-nodes';

/** A renderer 800 × 600 at ratio 1 whose viewport is 100 px per graph unit, framed coordinates the viewport's fractions. */
function fake(positions: Record<string, { x: number; y: number }>) {
  const graph = { getNodeAttributes: (n: string) => positions[n] } as unknown as Graph;
  const sigma = {
    getDimensions: () => ({ width: 800, height: 600 }),
    getCamera: () => ({ getState: () => ({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }) }),
    graphToViewport: (p: { x: number; y: number }) => ({ x: p.x * 100, y: p.y * 100 }),
    viewportToFramedGraph: (v: { x: number; y: number }) => ({ x: v.x / 800, y: v.y / 600 }),
  } as unknown as Sigma;
  return { graph, sigma };
}

describe('frameCamera', () => {
  const { graph, sigma } = fake({ a: { x: 1, y: 1 }, b: { x: 5, y: 2 }, c: { x: 3, y: 3 } });

  it('zooms so the nodes fill the stage less its margins, centred on them', () => {
    const camera = frameCamera(sigma, graph, ['a', 'b', 'c'], 600)!;
    // 400 px wide against 800 - 2 × 100 (a narrow margin: an eighth of the width); 200 px tall against 600 - 88.
    expect(camera.ratio).toBeCloseTo(400 / (800 - 2 * Math.min(FRAME_MARGIN.x, 100)));
    expect(camera.x).toBeCloseTo(300 / 800);
    expect(camera.y).toBeCloseTo(200 / 600);
  });

  it('on a phone fits the nodes above the sheet and aims at the middle of that part', () => {
    const full = frameCamera(sigma, graph, ['a', 'b', 'c'], 600)!;
    const above = frameCamera(sigma, graph, ['a', 'b', 'c'], 270)!;
    expect(above.ratio).toBeGreaterThanOrEqual(full.ratio);
    expect(above.ratio).toBeCloseTo(Math.max(400 / 600, 200 / (270 - 2 * FRAME_MARGIN.y)));
    // The camera's centre lies below the nodes' centre, so that they sit in the upper part.
    expect(above.y).toBeGreaterThan(200 / 600);
  });

  it('frames nothing for no node, and does not blow a single node up to fill the stage', () => {
    expect(frameCamera(sigma, graph, [], 600)).toBeNull();
    expect(frameCamera(sigma, graph, ['a'], 600)).toMatchObject({ x: 100 / 800, y: 100 / 600, ratio: FRAME_MIN_RATIO });
  });
});
