// `npm run -s bibliography -- --format bibtex|csl > file`: every source of data/sources.json as
// BibTeX (biblatex, UTF-8) or CSL-JSON on stdout, in id order. The Export menu writes the same
// formats for the sources of the visible relations only.
import { parseArgs } from 'node:util';
import { DATASET_TITLE } from '../src/lib/model/build-graph';
import { formatProblem, parseDataFiles } from '../src/lib/model/validate';
import { writeBibtex } from '../src/lib/export/bibtex';
import { sortSources } from '../src/lib/export/bibliography';
import { writeCslJson } from '../src/lib/export/csl-json';
import { datasetVersion, readDataFiles, readDatasetFiles } from './read-data';

const FORMATS = ['bibtex', 'csl'] as const;
// A reader that stops early (| head) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(0); throw error; });
let format: string | undefined;
try {
  format = parseArgs({ options: { format: { type: 'string', short: 'f' } } }).values.format;
} catch (error) {
  process.stderr.write(`bibliography: ${error instanceof Error ? error.message : String(error)}\n`);
}
if (!format || !(FORMATS as readonly string[]).includes(format)) {
  process.stderr.write(`bibliography: give --format ${FORMATS.join(' or ')} (got ${format === undefined ? 'none' : `'${format}'`}).\n` +
    'Usage: npm run -s bibliography -- --format bibtex > sources.bib\n');
  process.exit(2);
}

const files = readDataFiles();
const { dataset, problems } = parseDataFiles(files);
if (problems.length > 0) {
  process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\nThe data has ${problems.length} problem(s) (npm run validate); no bibliography written.\n`);
  process.exit(1);
}
const sources = sortSources(dataset.sources);
const version = datasetVersion(readDatasetFiles());
process.stdout.write(format === 'csl'
  ? writeCslJson(sources)
  : writeBibtex(sources, [`${DATASET_TITLE}: all ${sources.length} sources of the bibliography (data/sources.json).`, `Dataset version ${version}`]));
