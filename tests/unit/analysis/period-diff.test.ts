// Compare two periods: what appeared, vanished and persisted, known answers on the fixture, the
// same sets the map shows for each window on the bundled data, and the time it takes there.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { nodesByStatus, periodDiff } from '../../../src/lib/analysis/period-diff';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { fixtureAtlas } from '../components/fixture-atlas';
import { bundledGraph } from '../bundled-graph';

const sorted = (ids: Iterable<string>) => [...ids].sort();
const withStatus = (map: ReadonlyMap<string, string>, status: string) => sorted([...map].filter(([, s]) => s === status).map(([id]) => id));

describe('periodDiff on the fixture', () => {
  const graph = fixtureAtlas().graph!;

  it('Spain, then the book: the POUM membership vanished, the book and its subject appeared, the feud persisted', () => {
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, { a: { from: 1936, to: 1937 }, b: { from: 1938, to: 1939 } });
    expect(withStatus(diff.edges, 'vanished')).toEqual(['george-orwell--member_of--poum']);
    expect(withStatus(diff.edges, 'appeared')).toEqual(['george-orwell--authored--homage-to-catalonia', 'homage-to-catalonia--about--poum']);
    expect(withStatus(diff.edges, 'persisted')).toEqual(['joseph-stalin--repressed--leon-trotsky', 'leon-trotsky--criticized--joseph-stalin']);
    // Orwell and the POUM stay: each still takes part in a relation of 1938–1939.
    expect(withStatus(diff.nodes, 'persisted')).toEqual(['george-orwell', 'joseph-stalin', 'leon-trotsky', 'poum']);
    expect(withStatus(diff.nodes, 'appeared')).toEqual(['homage-to-catalonia']);
    expect(withStatus(diff.nodes, 'vanished')).toEqual([]);
    expect(diff.counts).toEqual({ nodes: { appeared: 1, vanished: 0, persisted: 4 }, edges: { appeared: 2, vanished: 1, persisted: 2 } });
    expect(sorted(diff.visibility.nodes)).toEqual(sorted(graph.nodes()));
  });

  it('after Trotsky\'s death everything of 1930 has vanished: an open-ended exile ends with the exile', () => {
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, { a: { from: 1930, to: 1931 }, b: { from: 1941, to: 1950 } });
    expect(withStatus(diff.nodes, 'vanished')).toEqual(['joseph-stalin', 'leon-trotsky']);
    expect(diff.counts.nodes).toEqual({ appeared: 0, vanished: 2, persisted: 0 });
    expect(diff.counts.edges).toEqual({ appeared: 0, vanished: 2, persisted: 0 });
  });

  it('applies the other filters to both periods and ignores the year window', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenKinds: ['work' as const], years: { from: 1900, to: 1901 } };
    const diff = periodDiff(graph, filters, null, { a: { from: 1936, to: 1937 }, b: { from: 1938, to: 1939 } });
    expect(diff.counts.edges).toEqual({ appeared: 0, vanished: 1, persisted: 2 });
    // Without the book, the POUM takes part in nothing of 1938–1939.
    expect(diff.nodes.get('poum')).toBe('vanished');
    expect(diff.nodes.has('homage-to-catalonia')).toBe(false);
  });

  it('lists each status in the order asked for', () => {
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, { a: { from: 1936, to: 1937 }, b: { from: 1938, to: 1939 } });
    const lists = nodesByStatus(diff, ['poum', 'leon-trotsky', 'homage-to-catalonia', 'george-orwell', 'joseph-stalin']);
    expect(lists).toEqual({ appeared: ['homage-to-catalonia'], vanished: [], persisted: ['poum', 'leon-trotsky', 'george-orwell', 'joseph-stalin'] });
  });
});

describe('periodDiff on the bundled data', () => {
  const graph = bundledGraph();
  const periods = { a: { from: 1936, to: 1939 }, b: { from: 1946, to: 1956 } };

  it('splits exactly what the map shows for each window', () => {
    const diff = periodDiff(graph, DEFAULT_FILTERS, null, periods);
    const first = computeVisibility(graph, { ...DEFAULT_FILTERS, years: periods.a });
    const second = computeVisibility(graph, { ...DEFAULT_FILTERS, years: periods.b });
    const { nodes, edges } = diff.counts;
    expect(nodes.vanished + nodes.persisted).toBe(first.nodes.size);
    expect(nodes.appeared + nodes.persisted).toBe(second.nodes.size);
    expect(edges.vanished + edges.persisted).toBe(first.edges.size);
    expect(edges.appeared + edges.persisted).toBe(second.edges.size);
    for (const [node, status] of diff.nodes) {
      expect(status === 'appeared' ? !first.nodes.has(node) && second.nodes.has(node)
        : status === 'vanished' ? first.nodes.has(node) && !second.nodes.has(node)
        : first.nodes.has(node) && second.nodes.has(node), node).toBe(true);
    }
    // Spain and the Moscow Trials are of the first period; the Congress for Cultural Freedom of the second.
    expect(diff.nodes.get('congress-for-cultural-freedom')).toBe('appeared');
    expect(nodes.appeared).toBeGreaterThan(0);
    expect(nodes.vanished).toBeGreaterThan(0);
    expect(nodes.persisted).toBeGreaterThan(0);
  });

  it('takes well under 50 ms', () => {
    periodDiff(graph, DEFAULT_FILTERS, null, periods); // warm up
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) periodDiff(graph, DEFAULT_FILTERS, null, periods);
    const each = (performance.now() - start) / runs;
    console.info(`periodDiff on the bundled data (${graph.order} nodes, ${graph.size} relations): ${each.toFixed(2)} ms`);
    expect(each).toBeLessThan(50);
  });
});
