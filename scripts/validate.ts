// `npm run validate`: checks data/ (the dataset, its tours and the seed ledger), prints every problem as
// `file:line:column: id: field: message`, and reports how much of the seed the dataset answers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formerIdIndex } from '../src/lib/model/former-ids';
import { formatLocatorStats, locatorStats } from '../src/lib/model/locators';
import { checkLedger, formatCoverage, LEDGER_DIR, type LedgerFile } from '../src/lib/model/seed-ledger';
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { parseTours } from '../src/lib/model/validate-tours';
import { CURRENT_KEYS } from '../src/lib/model/vocabulary';
import { stalePackageFiles } from './package-files';
import { readDataFiles, readToursFile, ROOT } from './read-data';

const dir = process.argv[2] ?? join(ROOT, 'data');
const files = readDataFiles(dir);
const { dataset, problems } = parseDataFiles(files);

const ledgerDir = join(dir, LEDGER_DIR);
const ledgerFiles: LedgerFile[] = existsSync(ledgerDir)
  ? readdirSync(ledgerDir).filter((f) => f.endsWith('.json')).sort().map((name) => ({ name, text: readFileSync(join(ledgerDir, name), 'utf8') }))
  : [];
const ledger = checkLedger(ledgerFiles, {
  nodes: new Set(dataset.nodes.map((n) => n.id)),
  relations: new Set(dataset.relations.map((r) => r.id)),
  formerRelations: formerIdIndex(dataset.relations),
  sources: new Set(dataset.sources.map((s) => s.id)),
  currents: new Set(CURRENT_KEYS),
});
// A loop, not push(...many): a hundred thousand arguments overflow the stack.
for (const problem of ledger.problems) problems.push(problem);

// Tours are checked against the dataset even when it has problems, so both are listed in one run.
const toursText = readToursFile(dir);
const tours = toursText === null ? null : parseTours(toursText, dataset);
if (tours) for (const problem of tours.problems) problems.push(problem);

if (problems.length > 0) {
  // One write, not one per problem: a hundred thousand console.error calls take seconds.
  process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s) in the dataset.\n`);
  process.exitCode = 1;
} else {
  const dated = dataset.relations.filter((r) => r.years.start || r.years.end).length;
  const steps = tours ? tours.tours.reduce((n, t) => n + t.steps.length, 0) : 0;
  console.log(`Dataset valid: ${dataset.nodes.length} nodes, ${dataset.relations.length} relations ` +
    `(${dated} dated), ${dataset.sources.length} sources` +
    (tours ? `; ${tours.tours.length} tours of ${steps} steps.` : '.'));
}
if (ledgerFiles.length > 0) console.log(formatCoverage(ledger.coverage).join('\n'));
if (problems.length === 0) console.log(formatLocatorStats(locatorStats(dataset.relations, dataset.sources)));
// The data package follows the data: say so when an edit left it behind (a unit test fails on it).
if (problems.length === 0 && process.argv[2] === undefined) {
  const stale = stalePackageFiles();
  if (stale.length > 0) console.log(`The data package is stale (${stale.join(', ')}): run npm run datapackage.`);
}
