// Build step: validate data/, lay out and measure the graph, and write what the app loads:
// public/generated/graph.json (the first frame) and public/generated/texts.json (bios, evidence, sources).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAtlas } from '../src/lib/build/compile-atlas';
import { splitAtlas } from '../src/lib/model/atlas-files';
import { formatProblem } from '../src/lib/model/validate';
import { datasetVersion, readDataFiles, ROOT } from './read-data';

const started = performance.now();
const files = readDataFiles();
const result = compileAtlas(files, datasetVersion(files));
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${result.problems.length} problem(s) in data/. Run \`npm run validate\`.`);
  process.exit(1);
}
const out = join(ROOT, 'public', 'generated');
mkdirSync(out, { recursive: true });
rmSync(join(out, 'atlas.json'), { force: true }); // the single file of earlier builds
const { graph, texts } = splitAtlas(result.atlas);
writeFileSync(join(out, 'graph.json'), JSON.stringify(graph));
writeFileSync(join(out, 'texts.json'), JSON.stringify(texts));
console.log(`Precomputed atlas ${result.atlas.attributes?.version}: ${result.atlas.nodes.length} nodes, ` +
  `${result.atlas.edges.length} relations in ${Math.round(performance.now() - started)} ms.`);
