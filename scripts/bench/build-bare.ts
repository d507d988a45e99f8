// Builds the bare page (scripts/bench/bare) with vite's own API: no config file, only the Svelte plugin,
// the app's build target. The graph files are copied from the app's build, so both pages fetch the
// same bytes.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync, existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const BARE_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'bare');

/** One vite build of the bare pages: `graphJson` says whether graph.json is there to draw; `input` picks the page (index.html by default). */
function buildBarePage(outDir: string, graphJson: boolean, input?: string) {
  return build({
    configFile: false,
    root: BARE_ROOT,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [svelte({ configFile: false })],
    define: { __BENCH_GRAPH_JSON__: JSON.stringify(graphJson) },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, ...(input ? { rollupOptions: { input } } : {}) },
  });
}

/** Builds the bare page into outDir, drawing the same first-frame file as the app built in appDist. */
export async function buildBare(outDir: string, appDist: string): Promise<void> {
  const generated = join(appDist, 'generated');
  if (!existsSync(generated)) throw new Error(`${generated} is missing: the app's build has no graph files to copy`);
  await buildBarePage(outDir, existsSync(join(generated, 'graph.json')));
  cpSync(generated, join(outDir, 'generated'), { recursive: true });
}

/**
 * Builds the bare GEXF page (bare/gexf.html: the same component, the graph from `?file=` through
 * graphology-gexf) into outDir, on its own so the bare page's own bundle stays as it was.
 */
export async function buildBareGexf(outDir: string): Promise<void> {
  await buildBarePage(outDir, false, join(BARE_ROOT, 'gexf.html'));
  // Served as the folder's index, like every bench page.
  renameSync(join(outDir, 'gexf.html'), join(outDir, 'index.html'));
}
