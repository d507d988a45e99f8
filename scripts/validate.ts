// `npm run validate`: checks data/ and prints every problem as `file:line:column: id: field: message`.
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { readDataFiles } from './read-data';

const dir = process.argv[2];
const files = readDataFiles(dir);
const { dataset, problems } = parseDataFiles(files);
if (problems.length > 0) {
  // One write, not one per problem: a hundred thousand console.error calls take seconds.
  process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s) in the dataset.\n`);
  process.exitCode = 1;
} else {
  const dated = dataset.relations.filter((r) => r.years.start || r.years.end).length;
  console.log(`Dataset valid: ${dataset.nodes.length} nodes, ${dataset.relations.length} relations ` +
    `(${dated} dated), ${dataset.sources.length} sources.`);
}
