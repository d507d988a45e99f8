// Reducers decide what is drawn: hidden by filters, faded outside the focus, curved when parallel,
// sized by the chosen metric; they fill sigma's own copy in place and never write into the data graph.
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../components/fixture-atlas';
import { displaySnapshot, hoverChanges, type DisplayInput, type DisplaySnapshot } from '../../../src/lib/render/display';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../../src/lib/render/node-sizes';
import { createReducers } from '../../../src/lib/render/reducers';
import type { Graph } from '../../../src/lib/model/graph-type';
import { FADED_EDGE, FADED_NODE, FAMILY_COLORS, KIND_COLORS, PERIOD_COLORS, PERIOD_EDGE_COLORS } from '../../../src/lib/render/palette';
import { periodDiff } from '../../../src/lib/analysis/period-diff';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/query/filters';

function setup(overrides: Partial<DisplayInput> = {}, filters: Filters = DEFAULT_FILTERS) {
  const atlas = fixtureAtlas();
  const workspace = atlas.workspace!;
  const graph = workspace.graph;
  const input: DisplayInput = {
    visibility: computeVisibility(graph, filters), hovered: null, selectedNode: null, selectedEdge: null, path: null,
    sizes: workspace.sizes('degree'), rings: null, hoveredRelation: null, ...overrides,
  };
  let snapshot: DisplaySnapshot = displaySnapshot(graph, input);
  const { nodeReducer, edgeReducer } = createReducers(graph, () => snapshot, () => workspace.curvature);
  const node = (id: string) => nodeReducer(id, { ...graph.getNodeAttributes(id) });
  const edge = (id: string) => edgeReducer(id, { ...graph.getEdgeAttributes(id) });
  return { graph, workspace, node, edge, nodeReducer, input, set: (next: Partial<DisplayInput>) => { snapshot = displaySnapshot(graph, { ...input, ...next }); } };
}

/** Every node and relation a partial repaint leaves out is drawn the same before and after. */
function expectSameOutside(graph: Graph, curvature: Map<string, number>, before: DisplaySnapshot, after: DisplaySnapshot,
  changes: { nodes: string[]; edges: string[] }) {
  const draw = (s: DisplaySnapshot) => createReducers(graph, () => s, () => curvature);
  const [b, a] = [draw(before), draw(after)];
  for (const n of graph.nodes().filter((n) => !changes.nodes.includes(n))) {
    expect(a.nodeReducer(n, { ...graph.getNodeAttributes(n) })).toEqual(b.nodeReducer(n, { ...graph.getNodeAttributes(n) }));
  }
  for (const e of graph.edges().filter((e) => !changes.edges.includes(e))) {
    expect(a.edgeReducer(e, { ...graph.getEdgeAttributes(e) })).toEqual(b.edgeReducer(e, { ...graph.getEdgeAttributes(e) }));
  }
}

describe('reducers', () => {
  it('colours nodes by kind and sizes them by the metric', () => {
    const { graph, node } = setup();
    expect(node('george-orwell').color).toBe(KIND_COLORS.person);
    const sizes = graph.mapNodes((n) => node(n).size as number);
    expect(Math.max(...sizes)).toBeCloseTo(MAX_NODE_SIZE);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
  });

  it('gives works a hollow ring and organizations a dark ring, not just another colour', () => {
    const { node } = setup();
    const work = node('homage-to-catalonia');
    expect(work.color).toBe('#ffffff');
    expect(work.outerSize).toBeGreaterThan(0);
    const org = node('poum');
    expect(org.outerColor).not.toBe(org.color);
  });

  it('hides what the filters hide', () => {
    const { node, edge } = setup({}, { ...DEFAULT_FILTERS, hiddenKinds: ['work'] });
    expect(node('homage-to-catalonia').hidden).toBe(true);
    expect(edge('george-orwell--authored--homage-to-catalonia').hidden).toBe(true);
    expect(node('george-orwell').hidden).toBeUndefined();
  });

  it('keeps the hovered node and its neighbours, and fades the rest', () => {
    const { node, edge } = setup({ hovered: 'joseph-stalin' });
    expect(node('leon-trotsky').color).toBe(KIND_COLORS.person);
    expect(node('leon-trotsky').forceLabel).toBe(true);
    expect(node('george-orwell').color).toBe(FADED_NODE);
    expect(node('george-orwell').label).toBeNull();
    // A faded organization loses its dark ring too, and a faded work stays hollow.
    expect(node('poum')).toMatchObject({ color: FADED_NODE, outerColor: FADED_NODE, innerColor: FADED_NODE });
    expect(node('homage-to-catalonia')).toMatchObject({ color: '#ffffff', outerColor: FADED_NODE });
    expect(edge('joseph-stalin--repressed--leon-trotsky').size).toBe(2);
    expect(edge('george-orwell--member_of--poum').zIndex).toBe(0);
  });

  it('draws arrows on directed relations and curves where two nodes share several', () => {
    const { edge } = setup();
    expect(edge('george-orwell--member_of--poum')).toMatchObject({ type: 'line', arrow: true });
    const a = edge('joseph-stalin--repressed--leon-trotsky');
    const b = edge('leon-trotsky--criticized--joseph-stalin');
    expect(a).toMatchObject({ type: 'curved', arrow: true });
    expect(b).toMatchObject({ type: 'curved', arrow: true });
    // Curvature is relative to each edge's own direction, so for two edges running opposite ways
    // the same sign puts them on opposite sides of the line: they do not overlap.
    expect(Math.sign(a.curvature as number)).toBe(Math.sign(b.curvature as number));
  });

  it('writes the name in force for the window, and no name on a faded node', () => {
    const { node, set } = setup();
    expect(node('george-orwell').label).toBe('George Orwell');
    set({ names: new Map([['george-orwell', 'Eric Blair']]) });
    expect(node('george-orwell').label).toBe('Eric Blair');
    expect(node('leon-trotsky').label).toBe('Leon Trotsky');
    set({ names: new Map([['george-orwell', 'Eric Blair']]), hovered: 'homage-to-catalonia' });
    expect(node('leon-trotsky').label).toBeNull();
  });

  it('fills in the object sigma passes and returns that same object', () => {
    const { nodeReducer } = setup({ hovered: 'poum' });
    const data = { label: 'POUM', x: 1, y: 2 };
    expect(nodeReducer('poum', data)).toBe(data);
  });

  it('never writes display state into the data graph', () => {
    const { graph, node, edge } = setup({ hovered: 'poum', selectedEdge: 'george-orwell--member_of--poum' });
    const before = JSON.stringify(graph.export());
    graph.forEachNode((n) => node(n));
    graph.forEachEdge((e) => edge(e));
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(graph.getNodeAttributes('poum')).not.toHaveProperty('color');
  });

  it('reads the snapshot in force at each call: a new snapshot changes the picture without new reducers', () => {
    const { node, set } = setup();
    expect(node('george-orwell').color).toBe(KIND_COLORS.person);
    set({ hovered: 'joseph-stalin' });
    expect(node('george-orwell').color).toBe(FADED_NODE);
  });
});

describe('hoverChanges', () => {
  it('lists only the nodes and relations around the two hovered nodes when moving between them', () => {
    const { graph, input } = setup();
    const a = displaySnapshot(graph, { ...input, hovered: 'joseph-stalin' });
    const b = displaySnapshot(graph, { ...input, hovered: 'george-orwell' });
    const changes = hoverChanges(graph, a, b)!;
    expect(changes).not.toBeNull();
    expect(changes.edges.sort()).toEqual(
      [...new Set([...graph.edges('joseph-stalin'), ...graph.edges('george-orwell')])].sort());
    expect(changes.nodes).toContain('joseph-stalin');
    expect(changes.nodes).toContain('george-orwell');
  });

  it('repaints everything when the focus appears or goes, and asks for a full refresh when more than the hover changed', () => {
    const { graph, input } = setup();
    const none = displaySnapshot(graph, input);
    const one = displaySnapshot(graph, { ...input, hovered: 'poum' });
    expect(hoverChanges(graph, none, one)).toEqual({ nodes: graph.nodes(), edges: graph.edges() });
    const filtered = displaySnapshot(graph, { ...input, visibility: computeVisibility(graph, { ...DEFAULT_FILTERS, minConfidence: 'certain' }) });
    expect(hoverChanges(graph, none, filtered)).toBeNull();
    expect(hoverChanges(graph, none, displaySnapshot(graph, input))).toEqual({ nodes: [], edges: [] });
  });

  it('gives the same picture as a full redraw for every node and relation it leaves out', () => {
    const { graph, workspace, input } = setup();
    const before = displaySnapshot(graph, { ...input, hovered: 'joseph-stalin' });
    const after = displaySnapshot(graph, { ...input, hovered: 'poum' });
    const changes = hoverChanges(graph, before, after)!;
    expectSameOutside(graph, workspace.curvature, before, after, changes);
  });
});

describe('Focus and relations pointed at in the panel', () => {
  it('in Focus draws the whole neighbourhood in colour, asks for the direct neighbours\' names, and names the centre\'s relations', () => {
    const rings = new Map([['george-orwell', 0], ['poum', 1], ['homage-to-catalonia', 1]]);
    const { node, edge } = setup({ selectedNode: 'george-orwell', rings });
    for (const id of ['poum', 'homage-to-catalonia']) {
      expect(node(id).color).not.toBe(FADED_NODE);
      expect(node(id).forceLabel).toBe(true);
    }
    expect(edge('george-orwell--member_of--poum').label).toBe('Member of');
    // A relation between two neighbours stays in the background, unnamed.
    const between = edge('homage-to-catalonia--about--poum');
    expect(between.label).toBeNull();
    expect(between.zIndex).toBe(0);
  });

  it('draws a relation pointed at in the panel strong and named, with both its ends highlighted', () => {
    const { node, edge } = setup({ selectedNode: 'george-orwell', hoveredRelation: 'george-orwell--member_of--poum' });
    const relation = edge('george-orwell--member_of--poum');
    expect(relation.size).toBe(4);
    expect(relation.label).toBe('Member of');
    expect(node('poum').highlighted).toBe(true);
    expect(node('homage-to-catalonia').highlighted).toBe(false);
  });

  it('repaints only the relation pointed at and its ends, and that gives the same picture as a full redraw', () => {
    const { graph, workspace, input } = setup();
    const base = { ...input, selectedNode: 'george-orwell' };
    const before = displaySnapshot(graph, base);
    const after = displaySnapshot(graph, { ...base, hoveredRelation: 'george-orwell--member_of--poum' });
    const changes = hoverChanges(graph, before, after)!;
    expect(changes.edges).toEqual(['george-orwell--member_of--poum']);
    expect(changes.nodes.sort()).toEqual(['george-orwell', 'poum']);
    expectSameOutside(graph, workspace.curvature, before, after, changes);
  });

  it('draws a tour step\'s claims strong and named with their ends in colour, beside the selected node\'s neighbourhood', () => {
    const claim = 'leon-trotsky--criticized--joseph-stalin';
    const { node, edge } = setup({ selectedNode: 'george-orwell', claims: new Set([claim, 'not-a-relation']) });
    expect(edge(claim)).toMatchObject({ size: 4, label: 'Criticized', zIndex: 2 });
    expect(node('joseph-stalin').color).toBe(KIND_COLORS.person);
    expect(node('leon-trotsky').color).toBe(KIND_COLORS.person);
    // The selection's own neighbourhood is still lit, and what is neither stays faded.
    expect(node('poum').color).not.toBe(FADED_NODE);
    expect(edge('joseph-stalin--repressed--leon-trotsky').color).toBe(FADED_EDGE);
    const { node: alone, edge: aloneEdge } = setup({ claims: new Set([claim]) });
    expect(alone('george-orwell').color).toBe(FADED_NODE);
    expect(aloneEdge(claim).size).toBe(4);
  });

  it('keeps a claim hidden by the filters hidden', () => {
    const { edge } = setup({ claims: new Set(['george-orwell--authored--homage-to-catalonia']) }, { ...DEFAULT_FILTERS, hiddenKinds: ['work'] });
    expect(edge('george-orwell--authored--homage-to-catalonia').hidden).toBe(true);
  });

  it('repaints the claims when a hover starts during a tour, and that gives the same picture as a full redraw', () => {
    const { graph, workspace, input } = setup();
    const base = { ...input, selectedNode: 'george-orwell', claims: new Set(['leon-trotsky--criticized--joseph-stalin']) };
    const before = displaySnapshot(graph, base);
    const after = displaySnapshot(graph, { ...base, hovered: 'poum' });
    const changes = hoverChanges(graph, before, after)!;
    expect(changes.edges).toContain('leon-trotsky--criticized--joseph-stalin');
    expectSameOutside(graph, workspace.curvature, before, after, changes);
  });
});

describe('reducers comparing two periods', () => {
  const periods = { a: { from: 1936, to: 1937 }, b: { from: 1938, to: 1939 } };

  it('colour nodes and relations by what appeared, vanished and persisted, keeping each kind\'s rings', () => {
    const graph = fixtureAtlas().graph!;
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, periods);
    const { node, edge } = setup({ visibility: diff.visibility, periods: diff });
    expect(node('homage-to-catalonia')).toMatchObject({ color: '#ffffff', outerColor: PERIOD_COLORS.appeared }); // a work stays hollow
    expect(node('poum')).toMatchObject({ color: PERIOD_COLORS.persisted });
    expect(node('poum').outerColor).not.toBe(PERIOD_COLORS.persisted); // an organization keeps its dark ring
    expect(node('george-orwell').color).toBe(PERIOD_COLORS.persisted);
    expect(edge('george-orwell--member_of--poum').color).toBe(PERIOD_EDGE_COLORS.vanished);
    expect(edge('homage-to-catalonia--about--poum').color).toBe(PERIOD_EDGE_COLORS.appeared);
    expect(edge('leon-trotsky--criticized--joseph-stalin').color).toBe(PERIOD_EDGE_COLORS.persisted);
  });

  it('still fade what is outside a hovered neighbourhood, and go back to kinds and families when the comparison ends', () => {
    const graph = fixtureAtlas().graph!;
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, periods);
    const { node, edge, set } = setup({ visibility: diff.visibility, periods: diff, hovered: 'joseph-stalin' });
    expect(node('george-orwell').color).toBe(FADED_NODE);
    expect(node('leon-trotsky').color).toBe(PERIOD_COLORS.persisted);
    expect(edge('george-orwell--member_of--poum').color).toBe(FADED_EDGE);
    set({ visibility: diff.visibility, periods: null, hovered: null });
    expect(node('homage-to-catalonia').outerColor).toBe(KIND_COLORS.work);
    expect(edge('george-orwell--member_of--poum').color).toBe(FAMILY_COLORS.membership);
  });

  it('repaint everything when the comparison starts or its periods move', () => {
    const graph = fixtureAtlas().graph!;
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, periods);
    const input = { visibility: diff.visibility, hovered: null, selectedNode: null, selectedEdge: null, path: null, sizes: new Map(), rings: null, hoveredRelation: null };
    expect(hoverChanges(graph, displaySnapshot(graph, { ...input, periods: null }), displaySnapshot(graph, { ...input, periods: diff }))).toBeNull();
  });
});
