// The provenance lens: kinds of source, one source, and the independence rule (the seed article
// and its numbered references count as one source).
import { describe, expect, it } from 'vitest';
import {
  describeLens, independentCount, independentSource, lensPasses, NO_LENS, relationsPerSource, sourceKind,
  type Provenance, type ProvenanceIndex,
} from '../../../src/lib/query/provenance';

const sources = new Map([
  ['wp-anti-stalinist-left', { id: 'wp-anti-stalinist-left', type: 'web' as const }],
  ['wp-ref-3', { id: 'wp-ref-3', type: 'reference' as const }],
  ['wp-ref-7', { id: 'wp-ref-7', type: 'reference' as const }],
  ['cannon', { id: 'cannon', type: 'book' as const }],
  ['serge', { id: 'serge', type: 'primary' as const }],
  ['judt', { id: 'judt', type: 'article' as const }],
  ['obituary', { id: 'obituary', type: 'web' as const }],
]);
const ev = (...ids: string[]) => ids.map((source) => ({ source }));
const index: ProvenanceIndex = {
  sources,
  evidence: {
    seedOnly: ev('wp-anti-stalinist-left', 'wp-ref-3'),
    twoRefs: ev('wp-ref-3', 'wp-ref-7'),
    seedAndCannon: ev('wp-anti-stalinist-left', 'cannon'),
    cannonTwice: ev('cannon', 'cannon'),
    sergeJudt: ev('serge', 'judt'),
    obituary: ev('obituary'),
    unknown: ev('nowhere'),
  },
};
const passing = (lens: Partial<Provenance>) =>
  Object.keys(index.evidence).filter((edge) => lensPasses(index, edge, { ...NO_LENS, ...lens }));

describe('sourceKind', () => {
  it('puts each type in one kind, the seed with its references', () => {
    expect(sourceKind({ id: 'serge', type: 'primary' })).toBe('primary');
    for (const type of ['book', 'article', 'chapter'] as const) expect(sourceKind({ id: 'x', type })).toBe('scholarship');
    expect(sourceKind({ id: 'obituary', type: 'web' })).toBe('web');
    expect(sourceKind({ id: 'wp-anti-stalinist-left', type: 'web' })).toBe('seed');
    expect(sourceKind({ id: 'wp-ref-12', type: 'reference' })).toBe('seed');
    expect(sourceKind({ id: 'x', type: 'pamphlet' as never })).toBeNull();
  });
});

describe('independence', () => {
  it('counts the seed and its numbered references as one source', () => {
    expect(independentSource('wp-ref-41')).toBe('wp-anti-stalinist-left');
    expect(independentSource('wp-reference')).toBe('wp-reference');
    expect(independentCount(ev('wp-anti-stalinist-left', 'wp-ref-3', 'wp-ref-7'))).toBe(1);
    expect(independentCount(ev('cannon', 'cannon'))).toBe(1);
    expect(independentCount(ev('wp-ref-3', 'cannon'))).toBe(2);
    expect(independentCount([])).toBe(0);
  });
});

describe('lensPasses', () => {
  it('lets everything through with no lens, even relations without evidence', () => {
    expect(passing({})).toEqual(Object.keys(index.evidence));
    expect(lensPasses(index, 'not-a-relation', NO_LENS)).toBe(true);
  });

  it('keeps relations with evidence from a kind of source', () => {
    expect(passing({ kind: 'seed' })).toEqual(['seedOnly', 'twoRefs', 'seedAndCannon']);
    expect(passing({ kind: 'scholarship' })).toEqual(['seedAndCannon', 'cannonTwice', 'sergeJudt']);
    expect(passing({ kind: 'primary' })).toEqual(['sergeJudt']);
    expect(passing({ kind: 'web' })).toEqual(['obituary']);
  });

  it('keeps relations citing one source', () => {
    expect(passing({ source: 'cannon' })).toEqual(['seedAndCannon', 'cannonTwice']);
    expect(passing({ source: 'wp-ref-7' })).toEqual(['twoRefs']);
    expect(passing({ source: 'absent' })).toEqual([]);
    expect(lensPasses(index, 'not-a-relation', { ...NO_LENS, source: 'cannon' })).toBe(false);
  });

  it('asks for two independent sources, and combines parts', () => {
    expect(passing({ minSources: 2 })).toEqual(['seedAndCannon', 'sergeJudt']);
    expect(passing({ minSources: 2, kind: 'seed' })).toEqual(['seedAndCannon']);
    expect(passing({ minSources: 2, source: 'cannon', kind: 'primary' })).toEqual([]);
  });
});

describe('describeLens and relationsPerSource', () => {
  it('says which lens is on', () => {
    expect(describeLens(NO_LENS)).toBe('');
    expect(describeLens({ source: 'cannon', kind: null, minSources: 1 }, () => 'Cannon (1944)')).toBe('Relations on the word of Cannon (1944)');
    expect(describeLens({ source: null, kind: 'primary', minSources: 2 }))
      .toBe('Relations resting on memoir or primary text, with at least two independent sources');
  });

  it('counts each relation once per source it cites', () => {
    const counts = relationsPerSource(index.evidence);
    expect(counts.get('cannon')).toBe(2);
    expect(counts.get('wp-ref-3')).toBe(2);
    expect(counts.get('nowhere')).toBe(1);
  });
});
