// A source's page lists every relation and biography resting on it.
import { describe, expect, it } from 'vitest';
import { splitAtlas } from '../../../src/lib/model/atlas-files';
import { sourceClaims } from '../../../src/lib/model/source-claims';
import { fixtureAtlas, fixtureSerialized } from '../components/fixture-atlas';

describe('sourceClaims', () => {
  const graph = fixtureAtlas().graph!;
  const { texts } = splitAtlas(fixtureSerialized());

  it('lists each relation citing the source as a sentence, with what it is cited for', () => {
    const { claims, biographies } = sourceClaims(graph, texts, 'wp-anti-stalinist-left');
    expect(claims.map((c) => c.edge).sort()).toEqual(graph.edges().sort());
    const member = claims.find((c) => c.edge === 'george-orwell--member_of--poum')!;
    expect(member.sentence).toMatch(/^George Orwell member of POUM/);
    expect(member.citations[0].note.length).toBeGreaterThan(0);
    expect(biographies.length).toBeGreaterThan(0);
    expect(biographies.map((b) => b.label)).toEqual([...biographies.map((b) => b.label)].sort((a, b) => a.localeCompare(b)));
  });

  it('finds nothing for a source nobody cites', () => {
    expect(sourceClaims(graph, texts, 'nobody-1900-nothing')).toEqual({ claims: [], biographies: [] });
  });
});
