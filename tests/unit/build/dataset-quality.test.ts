// The bundled dataset meets the quality bar historians rely on, beyond what the validator checks
// on every item (evidence, bios of 2–5 sentences, no isolated node: see tests/unit/build/dataset.test.ts):
// size, dating, bios and notes in the project's own words, and aliases that make search work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shingleIndex, sharedRun, words } from '../../../src/lib/analysis/overlap';
import { parseDataFiles } from '../../../src/lib/model/validate';
import { createSearch } from '../../../src/lib/query/search';
import { readDataFiles } from '../../../scripts/read-data';

const { dataset } = parseDataFiles(readDataFiles());
const seed = readFileSync(join(__dirname, '../../fixtures/seed/anti-stalinist-left-1305120687.txt'), 'utf8');

describe('dataset quality', () => {
  it('has at least 250 nodes and 600 relations', () => {
    expect(dataset.nodes.length).toBeGreaterThanOrEqual(250);
    expect(dataset.relations.length).toBeGreaterThanOrEqual(600);
  });

  it('dates at least 90% of relations', () => {
    const dated = dataset.relations.filter((r) => r.years.start || r.years.end).length;
    expect(dated / dataset.relations.length).toBeGreaterThanOrEqual(0.9);
  });

  it('shares no run of 10 words with the seed article in any bio or note', () => {
    const index = shingleIndex(seed, 10);
    const copied: string[] = [];
    for (const n of dataset.nodes) {
      const run = sharedRun(n.bio, index, 10);
      if (run) copied.push(`${n.id} bio: "${run}"`);
    }
    for (const r of dataset.relations) {
      for (const e of r.evidence) {
        const run = sharedRun(e.note, index, 10);
        if (run) copied.push(`${r.id} note: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('the overlap check itself catches a copied sentence', () => {
    const index = shingleIndex(seed, 10);
    const copied = 'The Kronstadt rebellion (March 1921) was a key moment during which many libertarian and democratic leftists broke with the Bolsheviks.';
    expect(sharedRun(copied, index, 10)).not.toBeNull();
    expect(words('Władysław Gomułka, “Non mollare”')).toEqual(['wladyslaw', 'gomulka', 'non', 'mollare']);
  });

  it('finds people and parties by birth name, pen name, transliteration and full name', () => {
    const search = createSearch(dataset.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind, aliases: n.aliases })));
    const first = (q: string) => search.search(q, 3)[0]?.id;
    expect(first('Bronstein')).toBe('leon-trotsky');
    expect(first('Trotskii')).toBe('leon-trotsky');
    expect(first('Eric Blair')).toBe('george-orwell');
    expect(first('Partido Obrero de Unificación Marxista')).toBe('poum');
    expect(first('Josip Broz')).toBe('josip-broz-tito');
    expect(first('Kibalchich')).toBe('victor-serge');
  });
});
