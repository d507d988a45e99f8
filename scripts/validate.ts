// `npm run validate`: checks data/ (the dataset, then its tours) and prints every problem as
// `file:line:column: id: field: message`.
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { parseTours } from '../src/lib/model/validate-tours';
import { readDataFiles, readToursFile } from './read-data';

const dir = process.argv[2];
const files = readDataFiles(dir);
const { dataset, problems } = parseDataFiles(files);
// Tours are checked against the dataset even when it has problems, so both are listed in one run.
const toursText = readToursFile(dir);
const tours = toursText === null ? null : parseTours(toursText, dataset);
if (tours) problems.push(...tours.problems);
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
