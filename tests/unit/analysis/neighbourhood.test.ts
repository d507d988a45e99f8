// Focus's neighbourhood: each node's distance from the centre, over the relations allowed.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { ringsAround } from '../../../src/lib/analysis/neighbourhood';
import type { Graph } from '../../../src/lib/model/graph-type';
import { focusVisibility } from '../../../src/lib/query/visibility';

/** a → b → c → d, and a hostile shortcut a → d. */
function chain(): Graph {
  const graph = new MultiDirectedGraph() as unknown as Graph;
  for (const id of ['a', 'b', 'c', 'd', 'lonely']) graph.addNode(id, { label: id } as never);
  graph.addEdgeWithKey('ab', 'a', 'b', { relation: 'member_of' } as never);
  graph.addEdgeWithKey('cb', 'c', 'b', { relation: 'member_of' } as never);
  graph.addEdgeWithKey('cd', 'c', 'd', { relation: 'member_of' } as never);
  graph.addEdgeWithKey('ad', 'a', 'd', { relation: 'criticized' } as never);
  return graph;
}

describe('ringsAround', () => {
  it('gives each node its fewest steps from the centre, walking relations both ways', () => {
    const graph = chain();
    expect(Object.fromEntries(ringsAround(graph, 'a', 3, () => true))).toEqual({ a: 0, b: 1, d: 1, c: 2 });
  });

  it('walks only the relations allowed, and stops at the depth asked for', () => {
    const graph = chain();
    const noShortcut = (e: string) => e !== 'ad';
    expect(Object.fromEntries(ringsAround(graph, 'a', 3, noShortcut))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(Object.fromEntries(ringsAround(graph, 'a', 1, noShortcut))).toEqual({ a: 0, b: 1 });
  });

  it('is empty for an unknown centre and only the centre for a node without relations', () => {
    const graph = chain();
    expect(ringsAround(graph, 'nobody', 2, () => true).size).toBe(0);
    expect([...ringsAround(graph, 'lonely', 2, () => true)]).toEqual([['lonely', 0]]);
  });
});

describe('focusVisibility', () => {
  it('keeps the visible nodes of the neighbourhood and the visible relations between them', () => {
    const graph = chain();
    const visible = { nodes: new Set(['a', 'b', 'c', 'd']), edges: new Set(['ab', 'cb', 'cd']) };
    const shown = focusVisibility(graph, visible, ringsAround(graph, 'a', 2, (e) => visible.edges.has(e)));
    expect([...shown.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...shown.edges].sort()).toEqual(['ab', 'cb']);
  });
});
