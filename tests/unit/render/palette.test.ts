// The palette's colour schemes are d3-scale-chromatic's, copied: they must not drift from it.
import { schemeDark2, schemeTableau10 } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { DARK2, TABLEAU10 } from '../../../src/lib/render/palette';

describe('palette', () => {
  it('uses exactly the Tableau 10 and Dark2 schemes of d3-scale-chromatic', () => {
    expect([...TABLEAU10]).toEqual([...schemeTableau10]);
    expect([...DARK2]).toEqual([...schemeDark2]);
  });
});
