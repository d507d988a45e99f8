// Which nodes and relations the filters leave on screen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { fixtureAtlas } from '../components/fixture-atlas';

describe('computeVisibility', () => {
  const graph = fixtureAtlas().graph!;

  it('shows everything by default', () => {
    const v = computeVisibility(graph, DEFAULT_FILTERS);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it('drops the relations of a hidden node', () => {
    const v = computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenKinds: ['organization'] });
    expect(v.nodes.has('poum')).toBe(false);
    expect(v.edges.has('george-orwell--member_of--poum')).toBe(false);
    expect(v.edges.has('george-orwell--authored--homage-to-catalonia')).toBe(true);
  });

  it('in a year window keeps only nodes that take part in a relation of those years', () => {
    const v = computeVisibility(graph, { ...DEFAULT_FILTERS, years: { from: 1930, to: 1931 } });
    // Orwell was alive, but none of his relations falls in 1930–31.
    expect([...v.nodes].sort()).toEqual(['joseph-stalin', 'leon-trotsky']);
    // The exile (from 1929, open end) and the criticism (1929–1940) both cover 1930–31.
    expect([...v.edges].sort()).toEqual(['joseph-stalin--repressed--leon-trotsky', 'leon-trotsky--criticized--joseph-stalin']);
  });
});

describe('acts and states in a year window', () => {
  const graph = fixtureAtlas().graph!;
  it('shows an act (authorship, 1938) only in its year, but a state (exile from 1929) from then on, while both ends live', () => {
    const later = computeVisibility(graph, { ...DEFAULT_FILTERS, years: { from: 1939, to: 1940 } });
    expect(later.edges.has('george-orwell--authored--homage-to-catalonia')).toBe(false);
    expect(later.edges.has('joseph-stalin--repressed--leon-trotsky')).toBe(true);
    const then = computeVisibility(graph, { ...DEFAULT_FILTERS, years: { from: 1938, to: 1938 } });
    expect(then.edges.has('george-orwell--authored--homage-to-catalonia')).toBe(true);
  });

  it('applies the provenance lens once the evidence is there, and hides nothing while it waits', () => {
    const provenance = {
      sources: new Map([['serge', { id: 'serge', type: 'primary' as const }], ['wp-anti-stalinist-left', { id: 'wp-anti-stalinist-left', type: 'web' as const }]]),
      evidence: {
        'george-orwell--member_of--poum': [{ source: 'serge' }, { source: 'wp-anti-stalinist-left' }],
        'leon-trotsky--criticized--joseph-stalin': [{ source: 'wp-anti-stalinist-left' }],
      },
    };
    const lens = { ...DEFAULT_FILTERS, provenance: { source: null, kind: 'primary' as const, minSources: 1 as const } };
    expect([...computeVisibility(graph, lens, provenance).edges]).toEqual(['george-orwell--member_of--poum']);
    expect(computeVisibility(graph, lens, null).edges.size).toBe(graph.size);
    const two = { ...DEFAULT_FILTERS, provenance: { source: null, kind: null, minSources: 2 as const } };
    expect([...computeVisibility(graph, two, provenance).edges]).toEqual(['george-orwell--member_of--poum']);
  });
});
