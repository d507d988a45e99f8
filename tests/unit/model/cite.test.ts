// The seed's reference numbers in a locator: each named once, in order, whatever the repeats.
import { describe, expect, it } from 'vitest';
import { seedReferences, shortSource } from '../../../src/lib/model/cite';

describe('seedReferences', () => {
  it.each([
    ['§ Spain; refs. 40–41, 44', [40, 41, 44]],
    ['§ Notable figures; ref. 80', [80]],
    ['§ The consolidation; ref. 42, 42', [42]],
    ['refs. 40–42, 41, 40', [40, 41, 42]],
    ['refs. 44, 40-41', [44, 40, 41]],
    ['passim', []],
  ])('reads %j as %j', (locator, numbers) => {
    expect(seedReferences(locator)).toEqual(numbers);
  });
});

describe('shortSource', () => {
  it('names a source in a few words, and a seed reference by its number', () => {
    expect(shortSource({ id: 'd', type: 'book', author: 'Isaac Deutscher', year: 1963, title: 'The Prophet Outcast' }))
      .toBe('Isaac Deutscher (1963), The Prophet Outcast');
    expect(shortSource({ id: 'wp-ref-12', type: 'reference', citation: 'Wrong, Dennis H. (1962).' })).toBe('Seed ref. 12: Wrong, Dennis H. (1962).');
    expect(shortSource({ id: 'x', type: 'web', title: 'a'.repeat(100) }, 20)).toHaveLength(20);
  });
});
