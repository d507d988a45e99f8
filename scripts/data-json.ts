// `npm run --silent data:json`: the validated dataset as graphology serialized JSON on stdout.
// A public interface (users pipe it into other tools): keep its shape stable.
import { buildGraph } from '../src/lib/model/build-graph';
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { datasetVersion, readDataFiles, readDatasetFiles } from './read-data';

const files = readDataFiles();
const { dataset, problems } = parseDataFiles(files);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
process.stdout.write(JSON.stringify(buildGraph(dataset, datasetVersion(readDatasetFiles())).export(), null, 2) + '\n');
