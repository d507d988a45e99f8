// The seed ledger's checker: every entry names ids that exist, says how it is answered exactly
// once, and every problem points at its file and line without ever throwing.
import { describe, expect, it } from 'vitest';
import { checkLedger, formatCoverage } from '../../../src/lib/model/seed-ledger';

const context = {
  nodes: new Set(['leon-trotsky', 'left-opposition']),
  relations: new Set(['leon-trotsky--led--left-opposition']),
  sources: new Set(['wp-ref-23']),
  currents: new Set(['trotskyism']),
};
const file = (entries: unknown, name = '03-stalins-rise.json') => ({ name, text: JSON.stringify(entries, null, 2) });

describe('checkLedger', () => {
  it('accepts encoded, excluded and open entries and counts them', () => {
    const { problems, coverage, entries } = checkLedger([file([
      { id: 'rise-1', type: 'statement', paragraph: 1, refs: [23], claim: 'Trotsky led the Left Opposition against Stalin.', encoded: { relations: ['leon-trotsky--led--left-opposition'] } },
      { id: 'rise-2', type: 'statement', paragraph: 2, claim: 'Many people were unhappy about the direction taken.', excluded: { reason: 'too-vague', why: 'Names no one who could be a node.' } },
      { id: 'rise-3', type: 'entity', paragraph: 1, name: 'Leon Trotsky', node: 'leon-trotsky' },
      { id: 'rise-4', type: 'entity', paragraph: 3, name: 'Old Bolsheviks', open: 'Not yet decided whether a group node fits.' },
      { id: 'rise-5', type: 'entity', paragraph: 1, name: 'Trotskyism', current: 'trotskyism' },
      { id: 'rise-6', type: 'statement', paragraph: 1, claim: 'Trotskyism was one of the movements of this left.', encoded: { currents: ['trotskyism'] } },
      { id: 'rise-7', type: 'entity', paragraph: 1, name: 'Titoism', current: 'titoism' },
    ])], context);
    expect(problems.map((p) => `${p.id}: ${p.field}: ${p.message}`)).toEqual(["rise-7: current: no current 'titoism' in the vocabulary"]);
    expect(entries.map((e) => e.section)).toEqual(Array(7).fill("After Stalin's rise to power (1924–1930)"));
    expect(coverage.statements).toEqual({ encoded: 2, excluded: 1, open: 0 });
    expect(coverage.entities).toEqual({ encoded: 3, excluded: 0, open: 1 });
    expect(formatCoverage(coverage)[0]).toBe('Seed ledger statements: 2 encoded, 1 excluded, 0 open (of 3)');
  });

  it('names an id that does not exist, with its line', () => {
    const { problems } = checkLedger([file([
      { id: 'rise-1', type: 'statement', paragraph: 1, claim: 'Trotsky led the Left Opposition against Stalin.', encoded: { nodes: ['leon-trotsky', 'no-such-node'], relations: ['nope--led--x'] } },
      { id: 'rise-2', type: 'entity', paragraph: 1, name: 'Nobody', node: 'nobody' },
    ])], context);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.id}: ${p.field}: ${p.message}`)).toEqual([
      "seed-ledger/03-stalins-rise.json:10: rise-1: encoded.nodes[1]: no node 'no-such-node' in the dataset",
      "seed-ledger/03-stalins-rise.json:13: rise-1: encoded.relations[0]: no relation 'nope--led--x' in the dataset",
      "seed-ledger/03-stalins-rise.json:22: rise-2: node: no node 'nobody' in the dataset",
    ]);
  });

  it('requires exactly one answer, a known reason, a section prefix, unique ids and known references', () => {
    const { problems } = checkLedger([file([
      { id: 'rise-1', type: 'statement', paragraph: 1, claim: 'Something the seed says about people.' },
      { id: 'rise-2', type: 'entity', paragraph: 1, name: 'Trotsky', node: 'leon-trotsky', open: 'both' },
      { id: 'rise-3', type: 'statement', paragraph: 1, claim: 'Something the seed says about people.', excluded: { reason: 'boring', why: 'Not interesting enough to us.' } },
      { id: 'lead-4', type: 'entity', paragraph: 1, name: 'Trotsky', node: 'leon-trotsky', refs: [7] },
      { id: 'rise-2', type: 'entity', paragraph: 1, name: 'Trotsky', node: 'leon-trotsky' },
    ])], context);
    const said = problems.map((p) => `${p.id}: ${p.field}: ${p.message}`);
    expect(said[0]).toBe("rise-1: -: give exactly one of 'encoded', 'excluded' or 'open'");
    expect(said[1]).toBe("rise-2: -: give exactly one of 'node' (or 'current'), 'excluded' or 'open'");
    expect(said[2]).toMatch(/^rise-3: excluded\.reason: /);
    expect(said).toContain("lead-4: id: expected an id starting with 'rise-' in this section");
    expect(said).toContain('lead-4: refs: reference 7 is not in sources.json (expected wp-ref-7)');
    expect(said.some((s) => s.startsWith('rise-2: id: duplicate ledger id'))).toBe(true);
  });

  it('never throws on hostile or broken files', () => {
    const hostile = [
      { name: '03-stalins-rise.json', text: '{"__proto__": {"polluted": 1}}' },
      { name: '04-consolidation.json', text: '[{"id": "cons-1", "type": "statement"' },
      { name: '05-mid-century.json', text: '[null, 1, "x", {"__proto__": {}, "constructor": 1}, {"id": "mid-1", "type": "entity", "paragraph": 1, "name": "<img src=x onerror=alert(1)>", "node": "constructor"}]' },
      { name: 'evil.json', text: '[]' },
      { name: '06-after-stalin.json', text: '['.repeat(100_000) },
    ];
    const { problems } = checkLedger(hostile, context);
    expect(problems.map((p) => p.file)).toEqual(expect.arrayContaining([
      'seed-ledger/03-stalins-rise.json', 'seed-ledger/04-consolidation.json', 'seed-ledger/05-mid-century.json', 'seed-ledger/evil.json', 'seed-ledger/06-after-stalin.json',
    ]));
    expect(problems.find((p) => p.file.endsWith('05-mid-century.json') && p.field === 'node')?.message).toBe("no node 'constructor' in the dataset");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
