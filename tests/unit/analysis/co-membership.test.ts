// Co-membership: people joined through shared groups, each link keeping its two sourced legs.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { coMembers } from '../../../src/lib/analysis/co-membership';
import type { Graph } from '../../../src/lib/model/graph-type';

function network(): Graph {
  const graph = new MultiDirectedGraph() as unknown as Graph;
  const node = (id: string, kind: string) => graph.addNode(id, { label: id, kind } as never);
  node('orwell', 'person'); node('nin', 'person'); node('macdonald', 'person'); node('trotsky', 'person');
  node('poum', 'organization'); node('pr', 'periodical'); node('homage', 'work');
  const rel = (s: string, relation: string, t: string) => graph.addEdgeWithKey(`${s}--${relation}--${t}`, s, t, { relation } as never);
  rel('orwell', 'member_of', 'poum');
  rel('nin', 'led', 'poum');
  rel('nin', 'member_of', 'poum');
  rel('orwell', 'contributed_to', 'pr');
  rel('macdonald', 'edited', 'pr');
  rel('nin', 'contributed_to', 'pr');
  rel('trotsky', 'criticized', 'poum');
  rel('orwell', 'authored', 'homage');
  rel('trotsky', 'about', 'homage');
  return graph;
}

describe('coMembers', () => {
  it('joins people through groups they belonged to, led, founded, edited or wrote for, most shared first', () => {
    const result = coMembers(network(), 'orwell');
    expect(result.map((c) => [c.other, c.shared.map((s) => s.group)])).toEqual([['nin', ['poum', 'pr']], ['macdonald', ['pr']]]);
    // Each shared group keeps both legs: the two relations it rests on (membership first when there are several).
    expect(result[0].shared[0]).toEqual({ group: 'poum', mine: 'orwell--member_of--poum', theirs: 'nin--member_of--poum' });
  });

  it('ignores hostility and works, follows the relations allowed, and is empty for a non-person', () => {
    const graph = network();
    expect(coMembers(graph, 'trotsky')).toEqual([]);
    expect(coMembers(graph, 'orwell', (e) => !e.includes('--pr')).map((c) => c.other)).toEqual(['nin']);
    expect(coMembers(graph, 'poum')).toEqual([]);
    expect(coMembers(graph, 'nobody')).toEqual([]);
  });

  it('joins people through an informal circle both were associated with, but not through an expulsion', () => {
    const graph = network();
    graph.addNode('nyi', { label: 'nyi', kind: 'organization' } as never);
    graph.addNode('cpusa', { label: 'cpusa', kind: 'organization' } as never);
    graph.addEdgeWithKey('macdonald--associated_with--nyi', 'macdonald', 'nyi', { relation: 'associated_with' } as never);
    graph.addEdgeWithKey('trotsky--associated_with--nyi', 'trotsky', 'nyi', { relation: 'associated_with' } as never);
    graph.addEdgeWithKey('trotsky--expelled_from--cpusa', 'trotsky', 'cpusa', { relation: 'expelled_from' } as never);
    graph.addEdgeWithKey('macdonald--expelled_from--cpusa', 'macdonald', 'cpusa', { relation: 'expelled_from' } as never);
    expect(coMembers(graph, 'trotsky')).toEqual([
      { other: 'macdonald', shared: [{ group: 'nyi', mine: 'trotsky--associated_with--nyi', theirs: 'macdonald--associated_with--nyi' }] },
    ]);
  });
});
