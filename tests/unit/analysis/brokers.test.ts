// Brokers of the visible network: betweenness, PageRank and degree with their ranks.
import { describe, expect, it } from 'vitest';
import { ordinal } from '../../../src/lib/analysis/broker-rows';
import { rankBrokers } from '../../../src/lib/analysis/brokers';

describe('rankBrokers', () => {
  it('puts the node that joins two groups first, and ranks each figure', () => {
    // Two triangles joined only through "bridge".
    const edges: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'bridge'], ['bridge', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']];
    const rows = rankBrokers({ nodes: ['a', 'b', 'c', 'bridge', 'd', 'e', 'f'], edges });
    expect(rows[0].id).toBe('bridge');
    expect(rows[0].rank.betweenness).toBe(1);
    // c and d sit symmetrically: same betweenness, same rank; a, b, e and f carry no chain.
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.c.rank.betweenness).toBe(2);
    expect(byId.d.rank.betweenness).toBe(2);
    expect(byId.a.betweenness).toBe(0);
    expect(byId.a.rank.betweenness).toBe(4);
    expect(byId.c.degree).toBe(3);
    expect(byId.c.rank.degree).toBe(1);
  });

  it('counts parallel relations in the degree but not twice in the chains, and survives an empty network', () => {
    const rows = rankBrokers({ nodes: ['a', 'b', 'c'], edges: [['a', 'b'], ['b', 'a'], ['b', 'c'], ['x', 'a']] });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.b.degree).toBe(3);
    expect(byId.a.degree).toBe(2);
    expect(rows[0].id).toBe('b');
    expect(rankBrokers({ nodes: [], edges: [] })).toEqual([]);
    expect(rankBrokers({ nodes: ['alone'], edges: [] })[0]).toMatchObject({ id: 'alone', betweenness: 0, degree: 0 });
  });
});

describe('ordinal', () => {
  it('writes ranks in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
});
