// The filter registry: every entry works through every consumer (predicates, URL, caption,
// legend), so a new filter is one entry plus a sample value here.
import { describe, expect, it } from 'vitest';
import {
  decodeFilters, DEFAULT_FILTERS, describeFilters, encodeFilters, FILTERS, isDefaultFilters, type Filters,
} from '../../../src/lib/query/filters';

/** A non-default value per filter: a new registry entry without one fails the first test. */
const SAMPLES: { [K in keyof Filters]: Filters[K] } = {
  hiddenKinds: ['event', 'work'],
  hiddenCurrents: ['stalinism'],
  hiddenRelations: ['about', 'repressed'],
  minConfidence: 'likely',
  years: { from: 1936, to: 1939 },
  provenance: { source: 'cannon-1944-history-of-american-trotskyism', kind: 'primary', minSources: 2 },
  facets: { hidden: { 'node:city': ['Ghent', 'a;b|c:d'] }, ranges: { 'edge:weight': [0.5, 20] } },
};

describe('filter registry', () => {
  it('has a sample for every entry and a default that matches DEFAULT_FILTERS', () => {
    expect(FILTERS.map((f) => f.key).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const spec of FILTERS) {
      expect(DEFAULT_FILTERS[spec.key]).toEqual(spec.default);
      expect((spec.isDefault as (v: unknown) => boolean)(spec.default)).toBe(true);
      expect((spec.isDefault as (v: unknown) => boolean)(SAMPLES[spec.key])).toBe(false);
    }
  });

  it.each(FILTERS.map((spec) => [spec.key] as const))('%s: URL round trip, caption words, a legend section, a predicate', (key) => {
    const spec = FILTERS.find((f) => f.key === key)!;
    const filters = { ...DEFAULT_FILTERS, [key]: SAMPLES[key] } as Filters;
    const params = new Map(encodeFilters(filters));
    expect([...params.keys()]).toEqual(spec.params);
    const notices: string[] = [];
    expect(decodeFilters((p) => (params.has(p) ? decodeURIComponent(params.get(p)!) : undefined), notices)).toEqual(filters);
    expect(notices).toEqual([]);
    expect(describeFilters(filters)).not.toBe('No filters');
    expect(isDefaultFilters(filters)).toBe(false);
    expect(spec.legend.section).toMatch(/\w/);
    expect(!!(spec as { node?: unknown }).node || !!(spec as { edge?: unknown }).edge).toBe(true);
  });

  it('writes nothing for default filters and says so in captions', () => {
    expect(encodeFilters(DEFAULT_FILTERS)).toEqual([]);
    expect(describeFilters(DEFAULT_FILTERS)).toBe('No filters');
  });

  it('gives each filter its own URL parameters and legend place', () => {
    const params = FILTERS.flatMap((f) => f.params);
    expect(new Set(params).size).toBe(params.length);
    const orders = FILTERS.map((f) => f.legend.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('names a lens source as the caller spells it, else by its id', () => {
    const filters = { ...DEFAULT_FILTERS, provenance: { source: 'cannon-1944', kind: null, minSources: 1 as const } };
    expect(describeFilters(filters)).toBe('Relations on the word of cannon-1944');
    expect(describeFilters(filters, { source: () => 'James P. Cannon (1944)' })).toBe('Relations on the word of James P. Cannon (1944)');
  });
});
