// The GEXF files `npm run bench -- --scale` opens (issue 10): generated, seeded, clustered networks
// (generate-network.ts) at 1k / 4k, 10k / 40k and 50k / 200k nodes / edges, each written twice by
// graphology-gexf (the writer Gephi Lite uses): with positions (viz:position) and without them
// (the app then lays the graph out). The same seed gives the same bytes, so a figure can be redone.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { write } from 'graphology-gexf';
import { generateNetwork } from './generate-network';

export interface ScaleSize { name: string; nodes: number; edges: number }

/** The sizes issue 10 names. */
export const SCALE_SIZES: ScaleSize[] = [
  { name: '1k', nodes: 1_000, edges: 4_000 },
  { name: '10k', nodes: 10_000, edges: 40_000 },
  { name: '50k', nodes: 50_000, edges: 200_000 },
];

export interface ScaleFile { size: ScaleSize; positions: boolean; file: string; path: string; bytes: number }

/** The seed of every generated network (the same as the label and analysis benches). */
export const SCALE_SEED = 1917;

/** Writes the files for `sizes` into `dir` (served as `<base>/<file>`); returns what was written. */
export function writeScaleFiles(dir: string, sizes: ScaleSize[]): ScaleFile[] {
  mkdirSync(dir, { recursive: true });
  const files: ScaleFile[] = [];
  for (const size of sizes) {
    for (const positions of [true, false]) {
      const graph = generateNetwork({ nodes: size.nodes, edges: size.edges, seed: SCALE_SEED, positions });
      graph.setAttribute('title', `Generated network ${size.name}${positions ? '' : ' (no positions)'}`);
      const file = `network-${size.name}-${positions ? 'positions' : 'no-positions'}.gexf`;
      const path = join(dir, file);
      writeFileSync(path, write(graph, { version: '1.3' }));
      files.push({ size, positions, file, path, bytes: statSync(path).size });
    }
  }
  return files;
}
