// Counts next to each filter: per kind, per current and per relation type, over the whole graph.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/model/build-graph';
import type { Graph } from '../../../src/lib/model/graph-type';
import type { AtlasNode, AtlasRelation, NodeYears } from '../../../src/lib/model/types';
import type { Current, NodeKind } from '../../../src/lib/model/vocabulary';
import { countAll } from '../../../src/lib/query/counts';

const span = (start: number, end: number): NodeYears => ({ start: { year: start }, end: { year: end } });

describe('countAll', () => {
  const node = (id: string, kind: NodeKind, currents: Current[]): AtlasNode => ({
    id, label: id, kind, aliases: [], years: span(1900, 1950), countries: [], currents, bio: '', bioSources: [],
  });
  const relation = (id: string, source: string, target: string, kind: AtlasRelation['relation']): AtlasRelation => ({
    id, source, target, relation: kind, years: {}, confidence: 'certain', evidence: [],
  });
  const graph = buildGraph({
    nodes: [
      node('orwell', 'person', ['democratic-socialism', 'anti-fascism']),
      node('macdonald', 'person', ['democratic-socialism']),
      node('ilp', 'organization', ['left-socialism']),
      node('homage', 'work', []),
    ],
    relations: [
      relation('r1', 'orwell', 'ilp', 'member_of'),
      relation('r2', 'macdonald', 'ilp', 'member_of'),
      relation('r3', 'orwell', 'homage', 'authored'),
    ],
    sources: [],
  }, 'test') as unknown as Graph;

  it('totals kinds, currents and relations, with zero for the unused ones', () => {
    const counts = countAll(graph);
    expect(counts.kinds).toEqual({ person: 2, periodical: 0, organization: 1, work: 1, event: 0 });
    expect(counts.currents['democratic-socialism']).toBe(2);
    expect(counts.currents['anti-fascism']).toBe(1);
    expect(counts.currents['left-socialism']).toBe(1);
    expect(counts.currents.stalinism).toBe(0);
    expect(counts.relations.member_of).toBe(2);
    expect(counts.relations.authored).toBe(1);
    expect(counts.relations.repressed).toBe(0);
  });
});
