// The bundled seed ledger: every entry checks against the bundled dataset, and its paraphrases are
// in the project's own words (no run of 10 words shared with the seed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shingleIndex, sharedRun } from '../../../src/lib/analysis/overlap';
import { formerIdIndex } from '../../../src/lib/model/former-ids';
import { checkLedger, LEDGER_DIR } from '../../../src/lib/model/seed-ledger';
import { parseDataFiles } from '../../../src/lib/model/validate';
import { CURRENT_KEYS } from '../../../src/lib/model/vocabulary';
import { readDataFiles, ROOT } from '../../../scripts/read-data';

const { dataset } = parseDataFiles(readDataFiles());
const dir = join(ROOT, 'data', LEDGER_DIR);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const ledger = checkLedger(files, {
  nodes: new Set(dataset.nodes.map((n) => n.id)),
  relations: new Set(dataset.relations.map((r) => r.id)),
  formerRelations: formerIdIndex(dataset.relations),
  sources: new Set(dataset.sources.map((s) => s.id)),
  currents: new Set(CURRENT_KEYS),
});
const seed = readFileSync(join(__dirname, '../../fixtures/seed/anti-stalinist-left-1305120687.txt'), 'utf8');

describe('the bundled seed ledger', () => {
  it('names only ids that exist, and every entry is well formed', () => {
    expect(ledger.problems).toEqual([]);
    expect(ledger.entries.length).toBeGreaterThan(0);
  });

  it('paraphrases the seed instead of copying it', () => {
    const index = shingleIndex(seed, 10);
    const copied = ledger.entries.flatMap((e) => {
      const texts = [e.type === 'statement' ? e.claim : '', e.excluded?.why ?? '', e.open ?? ''];
      return texts.map((t) => sharedRun(t, index, 10)).filter((run) => run !== null).map((run) => `${e.id}: "${run}"`);
    });
    expect(copied).toEqual([]);
  });
});
