// Which locators a reader can follow, and the figures the validator prints about them.
import { describe, expect, it } from 'vitest';
import { formatLocatorStats, isCheckable, isVagueLocator, locatorStats, restsOnlyOnPassim } from '../../../src/lib/model/locators';
import type { AtlasRelation, Source } from '../../../src/lib/model/types';

describe('locators', () => {
  it.each(['passim', ' Passim ', 'passim and appendices', 'whole text', 'whole work', 'whole entry', 'whole text (a one-page appeal)', 'title page', 'throughout'])(
    'finds no place in %j', (locator) => expect(isVagueLocator(locator)).toBe(true));
  it.each(['p. 64 and passim', 'pp. 12–15', 'ch. 8, \'The Fusion with the Musteites\'', "section 'History'", "entry 'Löwenthal, Richard'", '¶2–3', '§ Notable figures; ref. 82'])(
    'finds a place in %j', (locator) => expect(isVagueLocator(locator)).toBe(false));

  const urls = (id: string) => ({ web: 'https://example.org/page', ftp: 'ftp://example.org/x' } as Record<string, string>)[id];
  it('counts a web address as checkable, whatever the locator; any other address is not', () => {
    expect(isCheckable({ source: 'web', locator: 'whole page' }, urls)).toBe(true);
    expect(isCheckable({ source: 'ftp', locator: 'passim' }, urls)).toBe(false);
    expect(isCheckable({ source: 'book', locator: 'passim' }, urls)).toBe(false);
    expect(restsOnlyOnPassim({ evidence: [{ source: 'book', locator: 'passim', note: '' }, { source: 'book', locator: 'p. 3', note: '' }] }, urls)).toBe(false);
    expect(restsOnlyOnPassim({ evidence: [{ source: 'book', locator: 'passim', note: '' }, { source: 'ftp', locator: 'whole text', note: '' }] }, urls)).toBe(true);
  });

  it('reports the share of passim-like items and of certain relations a reader can check', () => {
    const rel = (confidence: AtlasRelation['confidence'], ...locators: string[]) =>
      ({ confidence, evidence: locators.map((locator) => ({ source: 'book', locator, note: '' })) }) as AtlasRelation;
    const sources = [{ id: 'book', type: 'book' }] as Source[];
    const stats = locatorStats([rel('certain', 'passim', 'p. 4'), rel('certain', 'passim'), rel('likely', 'passim')], sources);
    expect(stats).toEqual({ items: 4, vague: 3, certain: 2, certainCheckable: 1 });
    expect(formatLocatorStats(stats)).toBe('Locators: 3 of 4 evidence items are passim-like (75.0 %); 1 of 2 certain relations carry a checkable locator (50.0 %)');
  });
});
