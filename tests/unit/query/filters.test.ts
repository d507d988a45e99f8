// Filter predicates: which nodes and relations a user's choices hide, and how they are described.
import { describe, expect, it } from 'vitest';
import type { NodeYears, RelationYears } from '../../../src/lib/model/types';
import type { Confidence, Current, NodeKind } from '../../../src/lib/model/vocabulary';
import {
  DEFAULT_FILTERS,
  describeFilters,
  edgeVisible,
  type Filters,
  isDefaultFilters,
  nodeVisible,
  toggle,
} from '../../../src/lib/query/filters';

const filters = (changes: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...changes });
const span = (start: number, end?: number | 'present'): NodeYears => ({
  start: { year: start },
  ...(end === undefined ? {} : { end: end === 'present' ? 'present' : { year: end } }),
});
const orwell = { kind: 'person' as NodeKind, currents: ['democratic-socialism', 'anti-fascism'], years: span(1903, 1950) };
const partisanReview = { kind: 'periodical' as NodeKind, currents: ['new-york-intellectuals'], years: span(1934, 2003) };
const homage = { kind: 'work' as NodeKind, currents: [], years: span(1938) };
const dissent = { kind: 'periodical' as NodeKind, currents: [], years: span(1954, 'present') };

describe('nodeVisible', () => {
  it.each<[string, typeof orwell, Partial<Filters>, boolean]>([
    ['no filters', orwell, {}, true],
    ['its kind hidden', orwell, { hiddenKinds: ['person'] }, false],
    ['another kind hidden', orwell, { hiddenKinds: ['work', 'event'] }, true],
    ['one of its two currents hidden', orwell, { hiddenCurrents: ['anti-fascism'] }, true],
    ['all its currents hidden', orwell, { hiddenCurrents: ['anti-fascism', 'trotskyism', 'democratic-socialism'] }, false],
    ['currents hidden, node has none', homage, { hiddenCurrents: ['anti-fascism', 'democratic-socialism'] }, true],
    ['window inside its life', orwell, { years: { from: 1936, to: 1937 } }, true],
    ['window touching its death year', orwell, { years: { from: 1950, to: 1960 } }, true],
    ['window after its death', orwell, { years: { from: 1951, to: 1960 } }, false],
    ['window before its birth', orwell, { years: { from: 1890, to: 1902 } }, false],
    ['work in the window year', homage, { years: { from: 1938, to: 1938 } }, true],
    ['work published before the window', homage, { years: { from: 1939, to: 1945 } }, false],
    ['work published after the window', homage, { years: { from: 1930, to: 1937 } }, false],
    ['still running, window far later', dissent, { years: { from: 2020, to: 2030 } }, true],
    ['still running, window before founding', dissent, { years: { from: 1940, to: 1953 } }, false],
    ['ended periodical, window after closing', partisanReview, { years: { from: 2004, to: 2010 } }, false],
  ])('%s → %s', (_case, attrs, changes, expected) => {
    expect(nodeVisible(attrs, filters(changes))).toBe(expected);
  });
});

describe('edgeVisible', () => {
  const edge = (confidence: Confidence, years: RelationYears = {}) => ({ relation: 'member_of' as const, confidence, years });
  it.each<[string, ReturnType<typeof edge>, Partial<Filters>, boolean]>([
    ['no filters, possible', edge('possible'), {}, true],
    ['its relation hidden', edge('certain'), { hiddenRelations: ['founded', 'member_of'] }, false],
    ['another relation hidden', edge('certain'), { hiddenRelations: ['founded'] }, true],
    ['likely at minimum likely', edge('likely'), { minConfidence: 'likely' }, true],
    ['possible at minimum likely', edge('possible'), { minConfidence: 'likely' }, false],
    ['certain at minimum certain', edge('certain'), { minConfidence: 'certain' }, true],
    ['likely at minimum certain', edge('likely'), { minConfidence: 'certain' }, false],
    ['undated, any window', edge('certain'), { years: { from: 1900, to: 1901 } }, true],
    ['dated span overlapping', edge('certain', { start: { year: 1936 }, end: { year: 1937 } }), { years: { from: 1937, to: 1940 } }, true],
    ['dated span before the window', edge('certain', { start: { year: 1936 }, end: { year: 1937 } }), { years: { from: 1938, to: 1940 } }, false],
    ['open end, window much later', edge('certain', { start: { year: 1936 } }), { years: { from: 1980, to: 1990 } }, true],
    ['open end, window before start', edge('certain', { start: { year: 1936 } }), { years: { from: 1920, to: 1935 } }, false],
    ['open start, window much earlier', edge('certain', { end: { year: 1940 } }), { years: { from: 1900, to: 1910 } }, true],
    ['open start, window after end', edge('certain', { end: { year: 1940 } }), { years: { from: 1941, to: 1950 } }, false],
  ])('%s → %s', (_case, attrs, changes, expected) => {
    expect(edgeVisible(attrs, filters(changes))).toBe(expected);
  });
});

describe('isDefaultFilters', () => {
  it('is true only when nothing is hidden', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters(filters({ hiddenKinds: [] }))).toBe(true);
    expect(isDefaultFilters(filters({ hiddenKinds: ['work'] }))).toBe(false);
    expect(isDefaultFilters(filters({ hiddenCurrents: ['stalinism'] }))).toBe(false);
    expect(isDefaultFilters(filters({ hiddenRelations: ['about'] }))).toBe(false);
    expect(isDefaultFilters(filters({ minConfidence: 'likely' }))).toBe(false);
    expect(isDefaultFilters(filters({ years: { from: 1930, to: 1940 } }))).toBe(false);
  });
});

describe('toggle', () => {
  it('adds a missing value in sorted position and removes a present one, leaving the input alone', () => {
    const kinds: readonly NodeKind[] = ['person', 'work'];
    expect(toggle(kinds, 'event')).toEqual(['event', 'person', 'work']);
    expect(toggle(kinds, 'person')).toEqual(['work']);
    expect(kinds).toEqual(['person', 'work']);
    expect(toggle(toggle(kinds, 'organization'), 'organization')).toEqual(kinds);
  });
});

describe('describeFilters', () => {
  it.each<[Partial<Filters>, string]>([
    [{}, 'No filters'],
    [{ hiddenKinds: ['event', 'work'], minConfidence: 'likely', years: { from: 1930, to: 1940 } },
      'Hidden kinds: works, events · Minimum confidence: likely · Years 1930–1940'],
    [{ hiddenCurrents: ['stalinism', 'trotskyism'] as Current[] }, 'Hidden currents: Trotskyism, Stalinism'],
    [{ hiddenRelations: ['authored', 'member_of'] }, 'Hidden relations: Member of, Author of'],
    [{ minConfidence: 'certain' }, 'Minimum confidence: certain'],
  ])('%j → %s', (changes, expected) => {
    expect(describeFilters(filters(changes))).toBe(expected);
  });
});

