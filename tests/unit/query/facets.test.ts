// Attribute filters of an opened graph: what they hide, how a link carries them, and the view's transitions.
import { describe, expect, it } from 'vitest';
import { decodeFacets, encodeFacets, facetsPass, NO_FACETS, setFacetRange, toggleFacetValue } from '../../../src/lib/query/facets';
import { withFile } from '../../../src/lib/query/url-state';
import { INITIAL_VIEW, setFacetRange as setRange, toggleFacetValue as toggleValue } from '../../../src/lib/state/view';

describe('attribute filters', () => {
  it('hides a node whose value is hidden, keeps those without the attribute, and reads lists whole', () => {
    const f = toggleFacetValue(NO_FACETS, 'node:city', 'Lisbon');
    expect(facetsPass(f, 'node', { city: 'Lisbon' })).toBe(false);
    expect(facetsPass(f, 'node', { city: 'Ghent' })).toBe(true);
    expect(facetsPass(f, 'node', {})).toBe(true);
    expect(facetsPass(f, 'node', undefined)).toBe(true);
    expect(facetsPass(f, 'edge', { city: 'Lisbon' })).toBe(true);
    expect(facetsPass(f, 'node', { city: ['Lisbon', 'Ghent'] })).toBe(true);
    expect(facetsPass(toggleFacetValue(f, 'node:city', 'Ghent'), 'node', { city: ['Lisbon', 'Ghent'] })).toBe(false);
    expect(toggleFacetValue(f, 'node:city', 'Lisbon')).toEqual(NO_FACETS);
  });

  it('keeps numbers within a range; a backwards or non-finite range clears it', () => {
    const f = setFacetRange(NO_FACETS, 'node:letters', [10, 200]);
    expect(facetsPass(f, 'node', { letters: 9 })).toBe(false);
    expect(facetsPass(f, 'node', { letters: 200 })).toBe(true);
    expect(facetsPass(f, 'node', { letters: 'many' })).toBe(true);
    expect(setFacetRange(f, 'node:letters', [5, 1]).ranges).toEqual({});
    expect(setFacetRange(f, 'node:letters', [0, Infinity]).ranges).toEqual({});
  });

  it('survives a link: separators and markup inside names and values come back as they were', () => {
    let f = toggleFacetValue(NO_FACETS, 'node:a;b|c', 'x:y|z;<b>');
    f = setFacetRange(f, 'edge:weight', [-1.5, 20]);
    const [hidden, range] = encodeFacets(f);
    // As the address bar hands the values back: decoded once.
    const params = new URLSearchParams(`hide-values=${hidden}&range=${range}`);
    const notices: string[] = [];
    expect(decodeFacets((p) => params.get(p) ?? undefined, notices)).toEqual(f);
    expect(notices).toEqual([]);
    decodeFacets((p) => (p === 'range' ? 'node:x:1..0;garbage' : undefined), notices);
    expect(notices).toHaveLength(2);
  });

  it('are named transitions of the view', () => {
    const hidden = toggleValue(INITIAL_VIEW, { key: 'node:city', value: 'Lisbon' });
    expect(hidden.filters.facets.hidden).toEqual({ 'node:city': ['Lisbon'] });
    const ranged = setRange(hidden, { key: 'node:letters', range: [1, 5] });
    expect(ranged.filters.facets.ranges).toEqual({ 'node:letters': [1, 5] });
    expect(setRange(ranged, { key: 'node:letters', range: [1, 5] })).toBe(ranged);
    expect(setRange(INITIAL_VIEW, { key: 'node:letters', range: null })).toBe(INITIAL_VIEW);
  });
});

describe('the link names the open graph', () => {
  it('puts ?file= or ?local= first, and nothing for the bundled atlas', () => {
    expect(withFile('?node=a', { url: 'https://example.org/a b.gexf' })).toBe('?file=https%3A%2F%2Fexample.org%2Fa%20b.gexf&node=a');
    expect(withFile('', { local: 'letters.graphml' })).toBe('?local=letters.graphml');
    expect(withFile('?node=a', null)).toBe('?node=a');
  });
});
