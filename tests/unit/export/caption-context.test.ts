// The caption says what kind of picture it is: a Focus, or a connection under a rule for its steps.
import { describe, expect, it } from 'vitest';
import { captionContext, exportFocus } from '../../../src/lib/export/registry';
import { fixtureAtlas } from '../components/fixture-atlas';

const path = { from: 'a', to: 'b', nodes: ['a', 'c', 'b'], edges: ['ac', 'cb'] };

describe('captionContext', () => {
  it('names a Focus and its depth', () => {
    expect(captionContext(1, null, 'all')).toBe('Focus, 1 step');
    expect(captionContext(3, null, 'all')).toBe('Focus, 3 steps');
  });

  it('names the rule of a connection, but not the default one', () => {
    expect(captionContext(null, path, 'friendly')).toBe('steps: no hostile relations (criticism, opposition, expulsion, repression)');
    expect(captionContext(null, path, 'ties')).toBe('steps: only ties of affiliation and collaboration');
    expect(captionContext(null, path, 'all')).toBeNull();
    expect(captionContext(null, null, 'ties')).toBeNull();
  });
});

describe('exportFocus', () => {
  it('names the selected node, or both ends of a connection, by the names in force', () => {
    const graph = fixtureAtlas().graph!;
    const chain = { from: 'george-orwell', to: 'poum', nodes: ['george-orwell', 'poum'], edges: ['george-orwell--member_of--poum'] };
    expect(exportFocus(graph, 'poum', null)).toBe('POUM');
    expect(exportFocus(graph, null, null)).toBeNull();
    const names = new Map([['poum', "Workers' Party of Marxist Unification"]]);
    expect(exportFocus(graph, 'poum', null, names)).toBe("Workers' Party of Marxist Unification");
    expect(exportFocus(graph, 'george-orwell', chain, names)).toBe("George Orwell → Workers' Party of Marxist Unification");
  });
});
