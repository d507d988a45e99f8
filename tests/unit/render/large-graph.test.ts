// What keeps a large opened graph responsive (issue 10, `npm run bench -- --scale`): a quiet hover
// that repaints the hovered node's relations only, relation labels looked for only where the
// reducers may put one, sigma's display data read without a copy per item, and less drawn while the
// camera moves.
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../components/fixture-atlas';
import { displaySnapshot, hoverChanges, labelledEdges, type DisplayInput, type DisplaySnapshot } from '../../../src/lib/render/display';
import { displayReader } from '../../../src/lib/render/display-cache';
import { createReducers } from '../../../src/lib/render/reducers';
import { isLargeGraph, isSteppedGraph } from '../../../src/lib/render/large-graph';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import type Sigma from 'sigma';

function setup(overrides: Partial<DisplayInput> = {}) {
  const workspace = fixtureAtlas().workspace!;
  const graph = workspace.graph;
  const input: DisplayInput = {
    visibility: computeVisibility(graph, DEFAULT_FILTERS), hovered: null, selectedNode: null, selectedEdge: null, path: null,
    sizes: workspace.sizes('degree'), rings: null, hoveredRelation: null, ...overrides,
  };
  const snap = (next: Partial<DisplayInput>) => displaySnapshot(graph, { ...input, ...next });
  const draw = (s: DisplaySnapshot) => createReducers(graph, () => s, () => workspace.curvature);
  return { graph, snap, draw };
}

describe('a quiet hover (large graphs)', () => {
  it('lights the hovered node and its relations, fades nothing, and repaints only those', () => {
    const { graph, snap, draw } = setup({ quietHover: true });
    const before = snap({});
    const after = snap({ hovered: 'george-orwell' });
    expect(after.spotlight).toBeNull();
    expect(after.kept).toBeNull();
    const own = graph.edges('george-orwell');
    expect([...after.hoverEdges!].sort()).toEqual([...own].sort());
    const changes = hoverChanges(graph, before, after)!;
    expect(changes.nodes).toEqual(['george-orwell']);
    expect([...changes.edges].sort()).toEqual([...own].sort());
    const [b, a] = [draw(before), draw(after)];
    // Nothing outside the changes is drawn differently (so the partial repaint is exact)…
    for (const n of graph.nodes().filter((n) => n !== 'george-orwell')) expect(a.nodeReducer(n, { ...graph.getNodeAttributes(n) })).toEqual(b.nodeReducer(n, { ...graph.getNodeAttributes(n) }));
    for (const e of graph.edges().filter((e) => !own.includes(e))) expect(a.edgeReducer(e, { ...graph.getEdgeAttributes(e) })).toEqual(b.edgeReducer(e, { ...graph.getEdgeAttributes(e) }));
    // …and the hovered node's relations are drawn wider, over the others.
    const lit = a.edgeReducer(own[0], { ...graph.getEdgeAttributes(own[0]) });
    expect(lit.size).toBe(2);
    expect(lit.zIndex).toBe(2);
    expect(a.nodeReducer('george-orwell', { ...graph.getNodeAttributes('george-orwell') }).highlighted).toBe(true);
  });

  it('keeps the selection\'s picture while hovering another node', () => {
    const { graph, snap, draw } = setup({ quietHover: true, selectedNode: 'leon-trotsky' });
    const selected = snap({});
    const hovering = snap({ hovered: 'george-orwell' });
    expect(hovering.spotlight).toBe('leon-trotsky');
    const changes = hoverChanges(graph, selected, hovering)!;
    const [b, a] = [draw(selected), draw(hovering)];
    const far = graph.nodes().find((n) => n !== 'george-orwell' && n !== 'leon-trotsky' && !changes.nodes.includes(n))!;
    expect(a.nodeReducer(far, { ...graph.getNodeAttributes(far) })).toEqual(b.nodeReducer(far, { ...graph.getNodeAttributes(far) }));
    // Trotsky's relations keep their names while another node is hovered.
    const trotsky = graph.edges('leon-trotsky').find((e) => !changes.edges.includes(e))!;
    expect(a.edgeReducer(trotsky, { ...graph.getEdgeAttributes(trotsky) }).label).toBeTruthy();
  });

  it('is off by default: a hover still fades everything else', () => {
    const { snap } = setup();
    const s = snap({ hovered: 'george-orwell' });
    expect(s.spotlight).toBe('george-orwell');
    expect(s.hoverEdges).toBeNull();
  });
});

describe('labelledEdges', () => {
  it('holds every relation the edge reducer names', () => {
    const { graph, snap, draw } = setup();
    for (const input of [{}, { selectedNode: 'leon-trotsky' }, { selectedNode: 'george-orwell', hovered: 'leon-trotsky' }, { selectedEdge: graph.edges()[3] }, { hoveredRelation: graph.edges()[5] }]) {
      const s = snap(input);
      const candidates = labelledEdges(graph, s);
      const { edgeReducer } = draw(s);
      const named = graph.edges().filter((e) => edgeReducer(e, { ...graph.getEdgeAttributes(e) }).label);
      for (const e of named) expect(candidates.has(e)).toBe(true);
      expect(candidates.size).toBeLessThan(graph.size);
    }
    expect(labelledEdges(graph, snap({})).size).toBe(0);
  });
});

describe('displayReader', () => {
  it('reads sigma\'s cached display data in place, and falls back to the copying getters', () => {
    const data = { x: 1, y: 2, size: 3 };
    const renderer = { nodeDataCache: { a: data }, edgeDataCache: { e: data } } as unknown as Sigma;
    expect(displayReader(renderer).node('a')).toBe(data);
    expect(displayReader(renderer).edge('e')).toBe(data);
    expect(displayReader(renderer).node('b')).toBeUndefined();
    const copying = { getNodeDisplayData: () => ({ ...data }), getEdgeDisplayData: () => undefined } as unknown as Sigma;
    expect(displayReader(copying).node('a')).toEqual(data);
  });
});

describe('a large graph', () => {
  it('is one of 5,000 nodes or 20,000 relations and more (the bundled atlas is not)', () => {
    expect(isLargeGraph(436, 1189)).toBe(false);
    expect(isLargeGraph(1000, 4000)).toBe(false);
    expect(isLargeGraph(10_000, 40_000)).toBe(true);
    expect(isLargeGraph(1000, 20_000)).toBe(true);
  });

  it('draws its first frame in steps, as does one of 1,000 nodes or 4,000 relations (the bundled atlas does not)', () => {
    expect(isSteppedGraph(550, 1508)).toBe(false);
    expect(isSteppedGraph(999, 3999)).toBe(false);
    expect(isSteppedGraph(1000, 10)).toBe(true);
    expect(isSteppedGraph(200, 4000)).toBe(true);
    expect(isSteppedGraph(10_000, 40_000)).toBe(true);
  });
});

describe('a selection on a large graph', () => {
  it('leaves the faded relations out (hidden, in the program they are drawn with when lit) and keeps the lit ones', () => {
    const { graph, snap, draw } = setup({ quietHover: true, selectedNode: 'leon-trotsky' });
    const reducers = draw(snap({}));
    const own = new Set(graph.edges('leon-trotsky'));
    const far = graph.edges().find((e) => !own.has(e) && !graph.extremities(e).includes('leon-trotsky'))!;
    const hidden = reducers.edgeReducer(far, { ...graph.getEdgeAttributes(far) });
    expect(hidden.hidden).toBe(true);
    const plain = setup({ selectedNode: 'leon-trotsky' });
    const drawn = plain.draw(plain.snap({})).edgeReducer(far, { ...graph.getEdgeAttributes(far) });
    expect(drawn.hidden).toBeFalsy();
    expect(hidden.type).toBe(drawn.type);
    const lit = reducers.edgeReducer([...own][0], { ...graph.getEdgeAttributes([...own][0]) });
    expect(lit.hidden).toBeFalsy();
  });
});
