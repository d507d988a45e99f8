// Words the panel and exports use for years, relations and citations.
import { describe, expect, it } from 'vitest';
import { formatSource, safeUrl, seedReferences } from '../../../src/lib/model/cite';
import { formatDatedNames, formatNodeYears, formatRelationYears, relationsOf, relationSentence } from '../../../src/lib/model/describe';
import { fixtureAtlas } from '../components/fixture-atlas';

describe('years in words', () => {
  it.each([
    [{ start: { year: 1903 }, end: { year: 1950 } }, '1903–1950'],
    [{ start: { year: 1938 } }, '1938'],
    [{ start: { year: 1954 }, end: 'present' as const }, '1954–present'],
    [{ start: { year: 1880, qualifier: 'circa' as const }, end: { year: 1921 } }, 'c. 1880–1921'],
    [{ start: { year: 1936 }, end: { year: 1936 } }, '1936'],
  ])('node %j reads %s', (years, text) => expect(formatNodeYears(years)).toBe(text));

  it.each([
    [{ start: { year: 1936 }, end: { year: 1937 } }, false, '1936–1937'],
    [{ start: { year: 1936 } }, false, 'from 1936'],
    [{ start: { year: 1938 } }, true, '1938'],
    [{ end: { year: 1940 } }, false, 'until 1940'],
    [{ start: { year: 1948, qualifier: 'after' as const } }, false, 'from after 1948'],
    [{}, false, ''],
  ])('relation %j (act: %s) reads %s', (years, instant, text) => expect(formatRelationYears(years, instant)).toBe(text));
});

describe('names over time in words', () => {
  it('lists each name with its years, an open one running to the node\'s end', () => {
    const names = [{ label: 'Communist Party of Yugoslavia', from: 1920, to: 1952 }, { label: 'League of Communists of Yugoslavia', from: 1952 }];
    expect(formatDatedNames(names, { start: { year: 1919 }, end: { year: 1990 } }))
      .toBe('Communist Party of Yugoslavia, 1920–1952 · League of Communists of Yugoslavia, 1952–1990');
    expect(formatDatedNames([{ label: 'Communist Party USA', from: 1929 }], { start: { year: 1919 }, end: 'present' }))
      .toBe('Communist Party USA, 1929–present');
    expect(formatDatedNames([{ label: 'Left Party', from: 1990, to: 1990 }], { start: { year: 1917 } })).toBe('Left Party, 1990');
  });
});

describe('relations of a node', () => {
  it('groups by phrase, reads each from the node, and sorts by year', () => {
    const graph = fixtureAtlas().graph!;
    const groups = relationsOf(graph, 'leon-trotsky');
    const named = relationsOf(graph, 'leon-trotsky', () => true, (other, edge) => `${other} in ${edge.split('--')[1]}`);
    expect(named.flatMap((g) => g.lines.map((l) => l.otherLabel))).toEqual(['joseph-stalin in criticized', 'joseph-stalin in repressed']);
    expect(groups.map((g) => g.phrase)).toEqual(['Criticized', 'Repressed by']);
    expect(relationSentence(groups[1].lines[0])).toBe('Repressed by Joseph Stalin, from 1929');
  });
});

describe('citations', () => {
  it('spells out the seed references named in a locator', () => {
    expect(seedReferences('§ Spain; refs. 40–41, 44')).toEqual([40, 41, 44]);
    expect(seedReferences('§ Notable figures; ref. 80')).toEqual([80]);
    expect(seedReferences('passim')).toEqual([]);
  });

  it('formats a book and keeps a seed reference as cited', () => {
    expect(formatSource({ id: 'd', type: 'book', author: 'Isaac Deutscher', year: 1963, title: 'The Prophet Outcast', publisher: 'Oxford University Press' }))
      .toBe('Isaac Deutscher (1963). The Prophet Outcast. Oxford University Press.');
    expect(formatSource({ id: 'wp-ref-6', type: 'reference', citation: 'Goldman, Emma (1935).' })).toBe('Goldman, Emma (1935).');
  });

  it('links only http(s) URLs', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});
