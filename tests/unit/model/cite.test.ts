// The seed's reference numbers in a locator: each named once, in order, whatever the repeats.
import { describe, expect, it } from 'vitest';
import { seedReferences } from '../../../src/lib/model/cite';

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
