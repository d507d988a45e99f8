// The caption under each page of a tour's PDF: the step and tour, the text, each claim with its
// sources, what the map shows, and a citation with the step's own link.
import { describe, expect, it } from 'vitest';
import { tourCaption } from '../../../src/lib/export/tour-caption';

describe('tourCaption', () => {
  const input = {
    tour: 'Spain, 1936–1937: the POUM', step: 'The May Days, 1937', index: 4, count: 7,
    text: 'From 3 to 8 May 1937 Barcelona fought in its streets.',
    claims: [
      { sentence: 'George Orwell took part in May Days of 1937, 1937', sources: ['George Orwell (1938), Homage to Catalonia, chs. on the Barcelona fighting'] },
      { sentence: 'CNT took part in May Days of 1937, 1937', sources: ['Seed ref. 40: Beevor', 'George Orwell (1938), Homage to Catalonia, chs. on the Barcelona fighting'] },
    ],
    bios: [{ sentence: 'May Days of 1937', sources: ['Chris Ealham (2010), passim'] }],
    shows: 'May Days of 1937 · Focus, 1 step', filters: 'Years 1937–1937',
    title: 'Influence Atlas: the anti-Stalinist left', version: '0.1.0+abcd1234',
    url: 'http://127.0.0.1:4202/?tour=spain-and-the-poum&step=5', date: new Date('2026-12-01T12:00:00Z'),
  };

  it('names the step first, then its text, evidence with sources, the map and a citation with the step link', () => {
    expect(tourCaption(input)).toEqual([
      'Spain, 1936–1937: the POUM — step 5 of 7: The May Days, 1937',
      'From 3 to 8 May 1937 Barcelona fought in its streets.',
      'Evidence: George Orwell took part in May Days of 1937, 1937 — George Orwell (1938), Homage to Catalonia, chs. on the Barcelona fighting',
      'Evidence: CNT took part in May Days of 1937, 1937 — Seed ref. 40: Beevor; George Orwell (1938), Homage to Catalonia, chs. on the Barcelona fighting',
      'Biography of May Days of 1937 — Chris Ealham (2010), passim',
      'Map: May Days of 1937 · Focus, 1 step · Years 1937–1937',
      'Cite as: “Spain, 1936–1937: the POUM, step 5: The May Days, 1937”, in Influence Atlas: the anti-Stalinist left, dataset version 0.1.0+abcd1234, '
        + 'http://127.0.0.1:4202/?tour=spain-and-the-poum&step=5 (accessed 2026-12-01).',
    ]);
  });

  it('leaves out what a step does not have', () => {
    const lines = tourCaption({ ...input, claims: [{ sentence: 'A claim', sources: [] }], bios: [], shows: null, filters: 'No filters' });
    expect(lines.slice(2, 4)).toEqual(['Evidence: A claim', 'Map: No filters']);
  });
});
