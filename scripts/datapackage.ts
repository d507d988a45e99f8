// `npm run datapackage`: writes the Frictionless data package of data/ (datapackage.json, the
// JSON Schemas in schemas/, the key views in data-keys/). Run it after any data edit: the
// package's version and hashes follow the data, and a unit test fails while they are stale.
// `npm run datapackage -- --check` only reports which files are stale.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLedger } from '../src/lib/model/seed-ledger';
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { CURRENT_KEYS } from '../src/lib/model/vocabulary';
import { packageOutputs } from './package-files';
import { readDataFiles, readLedgerFiles, ROOT } from './read-data';

const check = process.argv.includes('--check');
const { dataset, problems } = parseDataFiles(readDataFiles());
const ledger = checkLedger(readLedgerFiles().map((f) => ({ name: f.name.replace(/^seed-ledger\//, ''), text: f.text })), {
  nodes: new Set(dataset.nodes.map((n) => n.id)), relations: new Set(dataset.relations.map((r) => r.id)),
  sources: new Set(dataset.sources.map((s) => s.id)), currents: new Set(CURRENT_KEYS),
});
for (const p of ledger.problems) problems.push(p);
if (problems.length > 0) {
  process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\nThe data has ${problems.length} problem(s) (npm run validate); no package written.\n`);
  process.exit(1);
}

const stale: string[] = [];
for (const [path, text] of packageOutputs()) {
  const file = join(ROOT, path);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  stale.push(path);
  if (check) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
if (check && stale.length > 0) {
  process.stderr.write(`Stale: ${stale.join(', ')}. Run npm run datapackage.\n`);
  process.exit(1);
}
console.log(check ? 'The data package is up to date.' : stale.length > 0 ? `Wrote ${stale.join(', ')}.` : 'The data package was already up to date.');
