// Caption lines printed under exported images.
import { describe, expect, it } from 'vitest';
import { captionLines, isoDate } from '../../../src/lib/export/caption';

const base = {
  title: 'the anti-Stalinist left',
  focus: 'George Orwell',
  filters: 'No filters',
  version: '0.1.0+abcd1234',
  date: new Date('2026-11-26T12:00:00Z'),
};

describe('captionLines', () => {
  it('names the atlas, the focus, the filters, the dataset version and the export day', () => {
    expect(captionLines(base)).toEqual([
      'Influence Atlas — the anti-Stalinist left · George Orwell',
      'Filters: No filters',
      'Dataset 0.1.0+abcd1234 · exported 2026-11-26 · Influence Atlas',
    ]);
  });

  it('leaves the focus out when nothing is selected', () => {
    expect(captionLines({ ...base, focus: null })[0]).toBe('Influence Atlas — the anti-Stalinist left');
  });

  it('shows the filter summary, or says there are none when it is blank', () => {
    expect(captionLines({ ...base, filters: 'People only · 1917–1940' })[1]).toBe('Filters: People only · 1917–1940');
    expect(captionLines({ ...base, filters: '  ' })[1]).toBe('Filters: No filters');
  });
});

describe('isoDate', () => {
  it('gives the UTC day, not the local one', () => {
    expect(isoDate(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
    expect(isoDate(new Date('2026-11-27T00:30:00+02:00'))).toBe('2026-11-26');
  });

  it('rejects an invalid date with an error naming the module', () => {
    expect(() => isoDate(new Date('not a date'))).toThrow(/export\/caption/);
  });
});
