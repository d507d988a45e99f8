// The layout numbers the build prints: they must tell a layout that keeps related nodes together
// from one that scatters them, and count the names the overview can draw.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { layoutQuality } from '../../../src/lib/layout/layout-quality';

/** Two groups of five, each a chain; `together` puts each group in its own corner. */
function twoGroups(together: boolean) {
  const graph = new Graph();
  const positions: Record<string, { x: number; y: number }> = {};
  for (const g of ['a', 'b']) {
    for (let i = 0; i < 5; i++) {
      const id = `${g}${i}`;
      graph.addNode(id, { label: `Node ${id}` });
      // Apart: the members of a group alternate between the two corners.
      const corner = together ? (g === 'a' ? 0 : 1000) : (i % 2 === 0 ? 0 : 1000);
      positions[id] = { x: corner + i * 10, y: corner + (g === 'a' ? 0 : 5) };
      if (i > 0) graph.addEdge(`${g}${i - 1}`, id);
    }
  }
  return { graph, positions };
}

describe('layoutQuality', () => {
  it('gives a lower ratio when related nodes sit together', () => {
    const near = twoGroups(true);
    const far = twoGroups(false);
    const order = near.graph.nodes();
    const a = layoutQuality(near.graph, near.positions, () => 8, order);
    const b = layoutQuality(far.graph, far.positions, () => 8, order);
    expect(a.edgeToPairRatio).toBeLessThan(0.2);
    expect(b.edgeToPairRatio).toBeGreaterThan(1);
  });

  it('counts the names placed in the overview, leaving out discs too small to carry one', () => {
    const { graph, positions } = twoGroups(true);
    const result = layoutQuality(graph, positions, (n) => (n.endsWith('0') ? 10 : 3), graph.nodes());
    expect(result.overviewLabels.candidates).toBe(2);
    expect(result.overviewLabels.placed).toBe(2);
  });
});
