// Paths: how is Orwell connected to Trotsky, over the relations the user can see.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { stepAllowed, type PathRule } from '../../../src/lib/analysis/path-rules';
import { shortestPath, shortestPaths } from '../../../src/lib/analysis/paths';
import type { Graph } from '../../../src/lib/model/graph-type';
import { fixtureAtlas } from '../components/fixture-atlas';
import { referencePath, referencePaths } from './paths-reference';

describe('shortestPath', () => {
  const graph = fixtureAtlas().graph!;

  it('returns null for unknown or unconnected nodes', () => {
    expect(shortestPath(graph, 'george-orwell', 'nobody')).toBeNull();
    expect(shortestPath(graph, 'george-orwell', 'leon-trotsky')).toBeNull(); // no chain in the fixture
  });

  it('walks relations in either direction and picks one relation per hop', () => {
    const path = shortestPath(graph, 'homage-to-catalonia', 'poum')!;
    expect(path.nodes).toEqual(['homage-to-catalonia', 'poum']);
    expect(path.edges).toEqual(['homage-to-catalonia--about--poum']);
    const back = shortestPath(graph, 'poum', 'homage-to-catalonia')!;
    expect(back.edges).toEqual(['homage-to-catalonia--about--poum']);
  });

  it('picks one of parallel relations the same way every time: most certain, earliest, then id', () => {
    // Stalin–Trotsky has two certain relations starting in 1929: the id order decides.
    expect(shortestPath(graph, 'joseph-stalin', 'leon-trotsky')!.edges).toEqual(['joseph-stalin--repressed--leon-trotsky']);
    expect(shortestPath(graph, 'leon-trotsky', 'joseph-stalin')!.edges).toEqual(['joseph-stalin--repressed--leon-trotsky']);
  });

  it('finds a two-hop connection and respects what is hidden', () => {
    const path = shortestPath(graph, 'george-orwell', 'poum')!;
    expect(path.nodes).toEqual(['george-orwell', 'poum']);
    const around = shortestPath(graph, 'george-orwell', 'poum', (e) => e !== 'george-orwell--member_of--poum')!;
    expect(around.nodes).toEqual(['george-orwell', 'homage-to-catalonia', 'poum']);
    expect(shortestPath(graph, 'george-orwell', 'poum', () => false)).toBeNull();
  });
});

describe('shortestPath between equally short routes', () => {
  it('prefers the route through more certain relations', () => {
    const graph = fixtureAtlas().graph!;
    // Orwell–POUM directly is "likely"; hide it and add nothing: the 2-hop route via the book is certain.
    const direct = shortestPath(graph, 'george-orwell', 'poum')!;
    expect(direct.edges).toEqual(['george-orwell--member_of--poum']); // one hop beats two, whatever the confidence
    graph.setEdgeAttribute('homage-to-catalonia--about--poum', 'confidence', 'possible');
    graph.addNode('x', { ...graph.getNodeAttributes('poum'), label: 'X' });
    graph.addDirectedEdgeWithKey('orwell-x', 'george-orwell', 'x', { ...graph.getEdgeAttributes('george-orwell--member_of--poum'), confidence: 'certain' });
    graph.addDirectedEdgeWithKey('x-poum', 'x', 'poum', { ...graph.getEdgeAttributes('george-orwell--member_of--poum'), confidence: 'certain' });
    const around = shortestPath(graph, 'george-orwell', 'poum', (e) => e !== 'george-orwell--member_of--poum')!;
    // Via the book: certain + possible; via X: certain + certain. X wins although "homage…" sorts first.
    expect(around.nodes).toEqual(['george-orwell', 'x', 'poum']);
  });
});

describe('shortestPaths and step rules', () => {
  /** a–b–d, a–c–d (c's hops only "possible"), a–d hostile, and a long way a–e–f–d. */
  function routes() {
    const graph = new MultiDirectedGraph() as unknown as Graph;
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) graph.addNode(id, { label: id } as never);
    const add = (s: string, t: string, relation: string, confidence = 'certain') =>
      graph.addEdgeWithKey(`${s}-${relation}-${t}`, s, t, { relation, confidence, years: {} } as never);
    add('a', 'b', 'member_of');
    add('b', 'd', 'edited');
    add('a', 'c', 'collaborated_with', 'possible');
    add('c', 'd', 'influenced', 'possible');
    add('a', 'd', 'criticized');
    add('a', 'e', 'member_of');
    add('e', 'f', 'member_of');
    add('f', 'd', 'member_of');
    return graph;
  }

  it('gives distinct chains, fewest steps first, then the most certain', () => {
    const graph = routes();
    const chains = shortestPaths(graph, 'a', 'd', 3);
    expect(chains.map((p) => p.nodes.join(''))).toEqual(['ad', 'abd', 'acd']);
    expect(shortestPaths(graph, 'a', 'd', 10).map((p) => p.nodes.join(''))).toEqual(['ad', 'abd', 'acd', 'aefd']);
    // Every chain joins its nodes in order and visits none twice.
    for (const p of shortestPaths(graph, 'a', 'd', 10)) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      p.edges.forEach((e, i) => expect([...graph.extremities(e)].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort()));
    }
  });

  it('walks only the steps a rule allows, and says so when none is left', () => {
    const graph = routes();
    const under = (rule: PathRule) => shortestPaths(graph, 'a', 'd', 3, (e) => stepAllowed(rule, graph.getEdgeAttribute(e, 'relation')))
      .map((p) => p.nodes.join(''));
    expect(under('all')[0]).toBe('ad');
    // No hostile step: the criticism is gone; influence still counts.
    expect(under('friendly')).toEqual(['abd', 'acd', 'aefd']);
    // Only ties of affiliation and collaboration: influence is not one.
    expect(under('ties')).toEqual(['abd', 'aefd']);
    expect(shortestPaths(graph, 'b', 'c', 3, (e) => stepAllowed('ties', graph.getEdgeAttribute(e, 'relation')) && !e.startsWith('a-'))).toEqual([]);
  });

  it('finds one chain of no steps from a node to itself, and none to an unknown node', () => {
    const graph = routes();
    expect(shortestPaths(graph, 'a', 'a', 3)).toEqual([{ from: 'a', to: 'a', nodes: ['a'], edges: [] }]);
    expect(shortestPaths(graph, 'a', 'nobody', 3)).toEqual([]);
  });
});

describe('the typed-array search against the first, graphology-walking one', () => {
  /** A seeded random multigraph: parallel relations, self-loops, mixed confidences and years, ids out of order. */
  function random(seed: number, nodes: number, edges: number) {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const graph = new MultiDirectedGraph() as unknown as Graph;
    const ids = Array.from({ length: nodes }, (_, i) => `n${(i * 7919) % nodes}-${String.fromCharCode(97 + (i % 26))}`);
    for (const id of ids) graph.addNode(id, { label: id } as never);
    for (let i = 0; i < edges; i++) {
      const s = ids[Math.floor(next() * nodes)], t = next() < 0.03 ? s : ids[Math.floor(next() * nodes)];
      const confidence = (['certain', 'likely', 'possible'] as const)[Math.floor(next() * 3)];
      const years = next() < 0.2 ? {} : { start: { year: 1900 + Math.floor(next() * 60) } };
      graph.addEdgeWithKey(`e${i}`, s, t, { relation: 'corresponded_with', confidence, years } as never);
    }
    return { graph, ids, next };
  }

  it('finds the same chains, in the same order, on 40 seeded networks and under a filter', () => {
    let threeChains = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { graph, ids, next } = random(seed, 30 + seed * 3, 60 + seed * 8);
      const hidden = new Set(graph.edges().filter(() => next() < 0.15));
      const include = (e: string) => !hidden.has(e);
      for (let q = 0; q < 4; q++) {
        const from = ids[Math.floor(next() * ids.length)], to = ids[Math.floor(next() * ids.length)];
        const chains = shortestPaths(graph, from, to, 3, include);
        expect(chains, `seed ${seed}: ${from} → ${to}`).toEqual(referencePaths(graph, from, to, 3, include));
        if (chains.length === 3) threeChains += 1;
        expect(shortestPath(graph, from, to), `seed ${seed}: ${from} → ${to}`).toEqual(referencePath(graph, from, to));
      }
    }
    // The comparison is about something: most of the 160 questions have three chains to order.
    expect(threeChains).toBeGreaterThan(100);
  });

  it('sees a relation added or made less certain after the first search', () => {
    const graph = fixtureAtlas().graph!;
    expect(shortestPath(graph, 'george-orwell', 'leon-trotsky')).toBeNull();
    graph.addEdgeWithKey('orwell-trotsky', 'george-orwell', 'leon-trotsky', { ...graph.getEdgeAttributes('george-orwell--member_of--poum'), confidence: 'certain' });
    expect(shortestPath(graph, 'george-orwell', 'leon-trotsky')!.edges).toEqual(['orwell-trotsky']);
    graph.dropEdge('orwell-trotsky');
    expect(shortestPath(graph, 'george-orwell', 'leon-trotsky')).toBeNull();
  });
});
