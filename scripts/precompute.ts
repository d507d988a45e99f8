// Build step: validate data/, lay out and measure the graph, and write what the app loads:
// public/generated/graph.json (the first frame), public/generated/texts.json (bios, evidence, sources)
// and public/generated/tours.json (the tours, checked against the dataset; loaded when asked for).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAtlas } from '../src/lib/build/compile-atlas';
import { layoutQuality } from '../src/lib/layout/layout-quality';
import { splitAtlas } from '../src/lib/model/atlas-files';
import { TOURS_FORMAT, type ToursFile } from '../src/lib/model/tour-types';
import { formatProblem } from '../src/lib/model/validate';
import { parseTours } from '../src/lib/model/validate-tours';
import { datasetVersion, readDataFiles, readToursFile, ROOT } from './read-data';

const started = performance.now();
const files = readDataFiles();
const result = compileAtlas(files, datasetVersion(files));
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${result.problems.length} problem(s) in data/. Run \`npm run validate\`.`);
  process.exit(1);
}
const { dataset } = result;
const toursText = readToursFile();
const tours = toursText === null ? { tours: [], problems: [] } : parseTours(toursText, dataset);
if (tours.problems.length > 0) {
  for (const p of tours.problems) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${tours.problems.length} problem(s) in data/tours.json. Run \`npm run validate\`.`);
  process.exit(1);
}
const out = join(ROOT, 'public', 'generated');
mkdirSync(out, { recursive: true });
rmSync(join(out, 'atlas.json'), { force: true }); // the single file of earlier builds
const { graph, texts } = splitAtlas(result.atlas);
writeFileSync(join(out, 'graph.json'), JSON.stringify(graph));
writeFileSync(join(out, 'texts.json'), JSON.stringify(texts));
const toursFile: ToursFile = { format: TOURS_FORMAT, version: graph.version, tours: tours.tours };
writeFileSync(join(out, 'tours.json'), JSON.stringify(toursFile));
console.log(`Precomputed atlas ${result.atlas.attributes?.version}: ${result.atlas.nodes.length} nodes, ` +
  `${result.atlas.edges.length} relations, ${tours.tours.length} tours in ${Math.round(performance.now() - started)} ms.`);

// The layout's readability, printed so that a change of layout settings is judged by measurement.
const nodes = result.atlas.nodes;
const positions = Object.fromEntries(nodes.map((n) => [n.key, { x: n.attributes!.x, y: n.attributes!.y }]));
// The overview sizes discs by degree: the radii the build just computed (first of each node's radii).
const radius = new Map(nodes.map((n) => [n.key, n.attributes!.radii[0]]));
const byImportance = nodes.slice().sort((a, b) => b.attributes!.pagerank - a.attributes!.pagerank).map((n) => n.key);
const quality = layoutQuality(result.graph, positions, (n) => radius.get(n) ?? 0, byImportance);
console.log(`Layout: mean relation length / mean node distance ${quality.edgeToPairRatio.toFixed(3)}; ` +
  `${quality.overviewLabels.placed} of ${quality.overviewLabels.candidates} names placed in the 1280×800 overview.`);
