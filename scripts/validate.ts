// `npm run validate`: checks data/ and prints every problem as `file:line: id: field: message`.
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { readDataFiles } from './read-data';

const dir = process.argv[2];
const files = readDataFiles(dir);
const { dataset, problems } = parseDataFiles(files);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in the dataset.`);
  process.exit(1);
}
const dated = dataset.relations.filter((r) => r.years.start || r.years.end).length;
console.log(`Dataset valid: ${dataset.nodes.length} nodes, ${dataset.relations.length} relations ` +
  `(${dated} dated), ${dataset.sources.length} sources.`);
