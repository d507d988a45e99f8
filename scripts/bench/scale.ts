// `npm run bench -- --scale`: issue 10's "Scale, measured". The working tree's build opens generated
// GEXF files through `?file=` (parse and layout in its Worker), against the bare GEXF page
// (bare/gexf.html: Svelte + sigma + graphology-gexf on the main thread, drawn as the bare page draws).
// Per size, the two pages alternate load by load (cold, fresh profile each); the files without
// positions are opened by the app alone (the bare page cannot lay a graph out).
import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildBareGexf } from './build-bare';
import { buildCurrent, closeServers, serve, stopRequested, tempDir, type Page } from './pages';
import { webglRenderer } from './run-page';
import { SCALE_SIZES, SCALE_SEED, writeScaleFiles, type ScaleFile } from './scale-files';
import { scaleReport, type ScaleResult } from './scale-report';
import { measureScale, type ScaleRun } from './scale-run';

export interface ScaleOptions {
  root: string;
  chromium: string;
  runs: number;
  /** Cold loads of each file without positions (the layout's; default `runs`). */
  layoutRuns?: number;
  record: boolean;
  /** If set, the Markdown of the files done so far is rewritten there after each file (a long run cut short keeps them). */
  partial?: string;
  /** Size names to run (default all: 1k, 10k, 50k). */
  sizes?: string[];
}

/** How long a load may wait for its first frame, by size and whether the app lays it out. */
function budget(file: ScaleFile): { firstFrameMs: number; limitMs: number } {
  const { nodes } = file.size;
  const firstFrameMs = file.positions ? (nodes >= 50_000 ? 300_000 : nodes >= 10_000 ? 180_000 : 60_000) : nodes >= 50_000 ? 600_000 : 300_000;
  return { firstFrameMs, limitMs: firstFrameMs + 180_000 };
}

const r0 = (x: number | null) => (x === null ? '—' : Math.round(x).toString());

function line(run: ScaleRun): string {
  const tasks = run.longTasks.slice(0, 3).map((t) => `${Math.round(t.duration)}@${Math.round(t.start)}`).join(' ');
  return `parsed ${r0(run.parsed)} · drawn ${r0(run.firstGlDraw)} · on screen ${r0(run.onScreen)} · rest ${r0(run.atRest)} ms · long tasks ${run.longTaskCount} [${tasks}]`
    + (run.hoverShown !== null ? ` · hover ${r0(run.hoverShown)}` : '') + (run.clickShown !== null ? ` · click ${r0(run.clickShown)}` : '')
    + (run.zoomFrame !== null ? ` · frame ${run.zoomFrame.toFixed(1)}` : '') + (run.heap !== null ? ` · heap ${(run.heap / 2 ** 20).toFixed(0)} MB` : '');
}

export async function runScale(options: ScaleOptions): Promise<void> {
  const sizes = options.sizes ? SCALE_SIZES.filter((s) => options.sizes!.includes(s.name)) : SCALE_SIZES;
  if (!sizes.length) throw new Error(`--sizes: expected some of ${SCALE_SIZES.map((s) => s.name).join(', ')}`);
  console.log('Building …');
  const current = await buildCurrent(options.root);
  console.log(`  current: built in ${current.dist}`);
  const bareDist = tempDir('atlas-bench-bare-gexf-');
  await buildBareGexf(bareDist);
  console.log('  bare GEXF page: built');
  const started = performance.now();
  const files = writeScaleFiles(tempDir('atlas-bench-scale-files-'), sizes);
  console.log(`  files: ${files.map((f) => `${f.file} (${(f.bytes / 2 ** 20).toFixed(1)} MB)`).join(', ')} in ${Math.round(performance.now() - started)} ms`);
  // The same bytes under the same path in both folders.
  for (const dist of [current.dist, bareDist]) for (const f of files) cpSync(f.path, join(dist, 'scale', f.file));

  const app: Page = { name: 'current', label: 'working tree', dist: current.dist, url: await serve(current.dist) };
  const bare: Page = { name: 'bare', label: 'scripts/bench/bare/gexf.html', dist: bareDist, url: await serve(bareDist) };
  const urlOf = (page: Page, f: ScaleFile) => `${page.url}?file=${encodeURIComponent(`./scale/${f.file}`)}`;

  const chromiumVersion = (spawnSync(options.chromium, ['--version'], { encoding: 'utf8' }).stdout ?? '').split('\n')[0].replace(/\s+built on.*/, '').trim() || 'Chromium';
  const gl = await webglRenderer(options.chromium);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, ${chromiumVersion}, ${/swiftshader/i.test(gl) ? 'SwiftShader WebGL' : `WebGL on ${gl}`}`;
  const loadBefore = loadavg();
  console.log(`Machine: ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);

  const results: ScaleResult[] = [];
  const resultOf = (file: ScaleFile, page: Page) => {
    let r = results.find((x) => x.file === file && x.page === page.name);
    if (!r) results.push((r = { file, page: page.name as 'bare' | 'current', runs: [], failures: [] }));
    return r;
  };
  const loadOnce = async (page: Page, file: ScaleFile, label: string) => {
    try {
      const run = await measureScale(page, urlOf(page, file), {
        chromium: options.chromium, interact: file.positions, zoom: file.positions && file.size.name === '10k', ...budget(file),
      });
      resultOf(file, page).runs.push(run);
      console.log(`  ${label} ${page.name.padEnd(7)} ${line(run)}`);
    } catch (error) {
      if (stopRequested()) return;
      const message = error instanceof Error ? error.message : String(error);
      resultOf(file, page).failures.push(message.split('\n')[0]);
      console.error(`  ${label} ${page.name.padEnd(7)} FAILED: ${message.split('\n')[0]}`);
    }
  };

  console.log('Warm-up load (bare, smallest file; not counted) …');
  await measureScale(bare, urlOf(bare, files[0]), { chromium: options.chromium, interact: false, zoom: false, ...budget(files[0]) })
    .catch((error: Error) => console.error(`  warm-up failed: ${error.message.split('\n')[0]}`));
  // The files with positions first (first frame, hover, click, pan and zoom), then the layouts.
  for (const file of [...files.filter((f) => f.positions), ...files.filter((f) => !f.positions)]) {
    const pages = file.positions ? [bare, app] : [app];
    const runs = file.positions ? options.runs : options.layoutRuns ?? options.runs;
    console.log(`${file.file} (${(file.bytes / 2 ** 20).toFixed(1)} MB):`);
    for (let round = 0; round < runs; round++) {
      for (let i = 0; i < pages.length; i++) {
        if (stopRequested()) await new Promise(() => {});
        await loadOnce(pages[(i + round) % pages.length], file, `[${round + 1}/${runs}]`);
      }
    }
    if (options.partial) writeFileSync(options.partial, scaleReport(results).markdown);
  }
  await closeServers();

  const today = new Date().toISOString().slice(0, 10);
  const load = `load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(1)).join(', ')} before, ${loadavg().map((l) => l.toFixed(1)).join(', ')} after`;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: options.root, encoding: 'utf8' }).stdout.trim();
  // What the build was made from: uncommitted changes count only where they reach the build.
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'public', 'data', 'vite.config.ts', 'package.json'], { cwd: options.root, encoding: 'utf8' }).stdout.trim() !== '';
  const { text, markdown } = scaleReport(results);
  const runsText = `${options.runs} cold loads per page and file with positions, alternating; ${options.layoutRuns ?? options.runs} per file without positions (app only)`;
  console.log(`\nInfluence Atlas scale benchmark — ${today}\nMachine: ${machine}; ${load}\nRuns: ${runsText}; 1280×800; seed ${SCALE_SEED}.`);
  console.log(text);
  if (options.record) {
    appendFileSync(join(options.root, 'docs/benchmarks.md'), `\n## ${today} — issue 10 scale\n\n`
      + `\`npm run bench -- --scale\` on the working tree (${commit}${dirty ? ' + uncommitted changes' : ''}). Machine: ${machine}; ${load}.\n\n`
      + `${runsText} (method: "Scale" in the header above).\n${markdown}\n`);
    console.log('\nRecorded in docs/benchmarks.md');
  }
}
