// Paths: how is Orwell connected to Trotsky, over the relations the user can see.
import { describe, expect, it } from 'vitest';
import { shortestPath } from '../../../src/lib/analysis/paths';
import { fixtureAtlas } from '../components/fixture-atlas';

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
