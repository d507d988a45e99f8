// The caption says what kind of picture it is: a Focus, or a connection under a rule for its steps.
import { describe, expect, it } from 'vitest';
import { captionContext } from '../../../src/lib/export/registry';

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
