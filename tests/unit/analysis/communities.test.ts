// Communities against currents: the dominant current of each community, and who is not of it.
import { describe, expect, it } from 'vitest';
import { communitiesOf } from '../../../src/lib/analysis/brokers';
import { compareCommunities } from '../../../src/lib/analysis/communities';

describe('communitiesOf', () => {
  it('finds the two triangles of a barbell, the same way every time', () => {
    const edges: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']];
    const input = { nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'alone'], edges };
    const c = communitiesOf(input);
    expect(c.a).toBe(c.b);
    expect(c.b).toBe(c.c);
    expect(c.d).toBe(c.e);
    expect(c.a).not.toBe(c.d);
    expect(c.alone).not.toBe(c.a);
    expect(communitiesOf(input)).toEqual(c);
  });
});

describe('compareCommunities', () => {
  const currents: Record<string, string[]> = {
    trotsky: ['trotskyism'], cannon: ['trotskyism'], shachtman: ['trotskyism', 'third-camp'], orwell: [],
    hook: ['new-york-intellectuals'], macdonald: ['new-york-intellectuals', 'third-camp'],
  };
  const rows = compareCommunities({ trotsky: 0, cannon: 0, shachtman: 0, orwell: 0, hook: 1, macdonald: 1 }, (n) => currents[n]);

  it('names the dominant current of each community, largest first, with its share', () => {
    expect(rows.map((r) => [r.community, r.dominant, r.share])).toEqual([[0, 'trotskyism', 0.75], [1, 'new-york-intellectuals', 1]]);
    expect(rows[0].currents).toEqual([{ current: 'trotskyism', count: 3 }, { current: 'third-camp', count: 1 }]);
  });

  it('lists the members not of the dominant current', () => {
    expect(rows[0].outside).toEqual(['orwell']);
    expect(rows[1].outside).toEqual([]);
    // A community without any current: every member is outside, and no current dominates.
    expect(compareCommunities({ x: 3, y: 3 }, () => [])).toEqual([{ community: 3, members: ['x', 'y'], currents: [], dominant: null, share: 0, outside: ['x', 'y'] }]);
  });
});
