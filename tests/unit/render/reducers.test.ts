// Reducers decide what is drawn: hidden by filters, faded outside the focus, curved when parallel,
// sized by the chosen metric; and they never write into the data graph.
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../components/fixture-atlas';
import { createReducers, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSizes, parallelCurvatures, type DisplayState } from '../../../src/lib/render/reducers';
import { FADED_NODE, KIND_COLORS } from '../../../src/lib/render/palette';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';

function setup(overrides: Partial<DisplayState> = {}) {
  const graph = fixtureAtlas().graph!;
  const { nodes, edges } = computeVisibility(graph, overrides.visibleNodes ? DEFAULT_FILTERS : { ...DEFAULT_FILTERS });
  const state: DisplayState = {
    visibleNodes: nodes, visibleEdges: edges, hovered: null, selectedNode: null, selectedEdge: null,
    size: 'degree', curvature: parallelCurvatures(graph), ...overrides,
  };
  return { graph, ...createReducers(graph, state, nodeSizes(graph, state.size)) };
}

describe('reducers', () => {
  it('colours nodes by kind and sizes them by the metric', () => {
    const { graph, nodeReducer } = setup();
    const orwell = nodeReducer('george-orwell', {});
    expect(orwell.color).toBe(KIND_COLORS.person);
    const sizes = graph.mapNodes((n) => nodeReducer(n, {}).size as number);
    expect(Math.max(...sizes)).toBeCloseTo(MAX_NODE_SIZE);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
  });

  it('gives works a hollow ring and organizations a dark ring, not just another colour', () => {
    const { nodeReducer } = setup();
    const work = nodeReducer('homage-to-catalonia', {});
    expect(work.color).toBe('#ffffff');
    expect(work.outerSize).toBeGreaterThan(0);
    const org = nodeReducer('poum', {});
    expect(org.outerColor).not.toBe(org.color);
  });

  it('hides what the filters hide', () => {
    const graph = fixtureAtlas().graph!;
    const { nodes, edges } = computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenKinds: ['work'] });
    const { nodeReducer, edgeReducer } = setup({ visibleNodes: nodes, visibleEdges: edges });
    expect(nodeReducer('homage-to-catalonia', {}).hidden).toBe(true);
    expect(edgeReducer('george-orwell--authored--homage-to-catalonia', {}).hidden).toBe(true);
    expect(nodeReducer('george-orwell', {}).hidden).toBeUndefined();
  });

  it('keeps the hovered node and its neighbours, and fades the rest', () => {
    const { nodeReducer, edgeReducer } = setup({ hovered: 'joseph-stalin' });
    expect(nodeReducer('leon-trotsky', {}).color).toBe(KIND_COLORS.person);
    expect(nodeReducer('leon-trotsky', {}).forceLabel).toBe(true);
    expect(nodeReducer('george-orwell', {}).color).toBe(FADED_NODE);
    expect(nodeReducer('george-orwell', {}).label).toBeNull();
    expect(edgeReducer('joseph-stalin--repressed--leon-trotsky', {}).size).toBe(2);
    expect(edgeReducer('george-orwell--member_of--poum', {}).zIndex).toBe(0);
  });

  it('draws arrows on directed relations and curves where two nodes share several', () => {
    const { edgeReducer } = setup();
    expect(edgeReducer('george-orwell--member_of--poum', {}).type).toBe('arrow');
    const a = edgeReducer('joseph-stalin--repressed--leon-trotsky', {});
    const b = edgeReducer('leon-trotsky--criticized--joseph-stalin', {});
    expect(a.type).toBe('curvedArrow');
    expect(b.type).toBe('curvedArrow');
    // Curvature is relative to each edge's own direction, so for two edges running opposite ways
    // the same sign puts them on opposite sides of the line: they do not overlap.
    expect(Math.sign(a.curvature as number)).toBe(Math.sign(b.curvature as number));
  });

  it('never writes display state into the data graph', () => {
    const { graph, nodeReducer, edgeReducer } = setup({ hovered: 'poum', selectedEdge: 'george-orwell--member_of--poum' });
    const before = JSON.stringify(graph.export());
    graph.forEachNode((n) => nodeReducer(n, {}));
    graph.forEachEdge((e) => edgeReducer(e, {}));
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(graph.getNodeAttributes('poum')).not.toHaveProperty('color');
  });
});
