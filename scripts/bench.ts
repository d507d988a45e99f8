// `npm run bench`: what a person waits for when opening Influence Atlas, against the least Svelte +
// sigma page that draws the same network (scripts/bench/bare) and, with `--baseline <git-ref>`,
// against an earlier commit built the way it built itself.
//
//   npm run bench                          bare page vs the working tree
//   npm run bench -- --baseline HEAD~1     … and vs that commit (git worktree + npm ci + npm run build)
//   npm run bench -- --record              append the tables to docs/benchmarks.md
//   BENCH_RUNS=11 npm run bench            cold loads per page (default 7)
//   --keep-traces <dir>                    keep each run's trace (open in chrome://tracing or Perfetto)
//   --skip-current                         bench bare vs --baseline only (when the tree does not build)
//   npm run bench -- --scale               issue 10's scale targets instead (scripts/bench/scale.ts): the
//                                          app opens generated GEXF files (1k/4k, 10k/40k, 50k/200k nodes/
//                                          edges, with and without positions) through ?file=, against the
//                                          bare GEXF page; --sizes 1k,10k picks sizes; --record as above;
//                                          BENCH_LAYOUT_RUNS=n loads of each file without positions (default
//                                          BENCH_RUNS); BENCH_SCALE_PARTIAL=<file> keeps the tables of the
//                                          files done so far there
//
// The pages alternate load by load in one process, each load in a fresh profile (cold cache) in
// headless Chromium with software WebGL. The measures are defined in docs/benchmarks.md and
// scripts/bench/run-page.ts. It is a report: it exits 0 when targets fail, and prints FAIL.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBare } from './bench/build-bare';
import { buildBaseline, buildCurrent, closeServers, serve, stopRequested, tempDir, type Page } from './bench/pages';
import { report, type PageResult } from './bench/report';
import { measure, webglRenderer, type Run } from './bench/run-page';
import { firstPageScripts, lazyScripts, sumGzip } from './bench/sizes';
import { labelPlacementAtScale } from './bench/labels-scale';
import { analysisAtScale } from './bench/analysis-scale';
import { CHAINS_IN_WORKER } from '../src/lib/analysis/path-rules';
import { runScale } from './bench/scale';
import { ROOT } from './read-data';

function usage(message: string): never {
  console.error(`bench: ${message}\nusage: npm run bench -- [--baseline <git-ref>] [--record] [--keep-traces <dir>] [--skip-current]\n       npm run bench -- --scale [--sizes 1k,10k,50k] [--record]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) usage(`${name} needs a value`);
  return value;
};
const known = new Set(['--baseline', '--record', '--keep-traces', '--skip-current', '--scale', '--sizes']);
argv.forEach((a, i) => { if (a.startsWith('--') && !known.has(a)) usage(`unknown option ${a}`); if (!a.startsWith('--') && !['--baseline', '--keep-traces', '--sizes'].includes(argv[i - 1])) usage(`unexpected argument ${a}`); });
const baselineRef = option('--baseline');
const keepTraces = option('--keep-traces');
const record = flag('--record');
const skipCurrent = flag('--skip-current');
if (skipCurrent && !baselineRef) usage('--skip-current needs --baseline <git-ref>');
const scaleMode = flag('--scale');
const sizes = option('--sizes')?.split(',').map((s) => s.trim()).filter(Boolean);
if (sizes && !scaleMode) usage('--sizes goes with --scale');
if (scaleMode && (baselineRef || keepTraces || skipCurrent)) usage('--scale takes only --sizes and --record');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 1) usage(`BENCH_RUNS must be a positive integer (got ${process.env.BENCH_RUNS})`);
const RUN_LIMIT_MS = 180_000;
// BENCH_TRACE=0 skips the per-run trace (and so the "presented" measures), to see what tracing costs.
const TRACE = process.env.BENCH_TRACE !== '0';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it with  apt-get install -y chromium  or set CHROMIUM_PATH.`);
  process.exit(1);
}

async function fail(error: unknown): Promise<never> {
  // After a Ctrl-C, builds and runs fail because their processes got the signal too: the signal
  // handler is already cleaning up and will exit.
  if (stopRequested()) return new Promise<never>(() => {});
  console.error(`\nbench: ${error instanceof Error ? error.message : String(error)}`);
  await closeServers();
  process.exit(1);
}

/** Rejects after `ms`, naming what took too long; the run's own clean-up still happens. */
function limit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
}

if (scaleMode) {
  const layoutRuns = process.env.BENCH_LAYOUT_RUNS === undefined ? undefined : Number(process.env.BENCH_LAYOUT_RUNS);
  if (layoutRuns !== undefined && (!Number.isInteger(layoutRuns) || layoutRuns < 1)) usage(`BENCH_LAYOUT_RUNS must be a positive integer (got ${process.env.BENCH_LAYOUT_RUNS})`);
  await runScale({ root: ROOT, chromium: CHROMIUM, runs: RUNS, layoutRuns, record, sizes, partial: process.env.BENCH_SCALE_PARTIAL }).catch(fail);
  await closeServers();
  process.exit(0);
}

const today = new Date().toISOString().slice(0, 10);
const pages: Page[] = [];
const info: [string, string][] = [];
let subjectName: string;

try {
  // 1. Builds.
  console.log('Building …');
  let current: Awaited<ReturnType<typeof buildCurrent>> | null = null;
  if (!skipCurrent) {
    current = await buildCurrent(ROOT).catch((error: unknown) => fail(`${error instanceof Error ? error.message : String(error)}\n\nThe working tree does not build (being edited?). Retry in a minute, or bench a commit alone:  npm run bench -- --baseline HEAD --skip-current`));
    console.log(`  current: built in ${current.dist}`);
  }
  const baseline = baselineRef ? await buildBaseline(ROOT, baselineRef) : null;
  if (baseline) console.log(`  baseline: built ${baseline.subject}`);
  const graphSource = current?.dist ?? baseline!.dist;
  const bareDist = tempDir('atlas-bench-bare-');
  await buildBare(bareDist, graphSource);
  console.log('  bare: built');

  // 2. Servers.
  pages.push({ name: 'bare', label: 'scripts/bench/bare (Svelte 5 + sigma 3, default settings)', dist: bareDist, url: await serve(bareDist) });
  if (current) pages.push({ name: 'current', label: `working tree (${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim()} + uncommitted changes)`, dist: current.dist, url: await serve(current.dist) });
  if (baseline) pages.push({ name: 'baseline', label: baseline.subject, dist: baseline.dist, url: await serve(baseline.dist) });
  subjectName = current ? 'current' : 'baseline';

  // 3. Machine.
  const chromiumVersion = (spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '').split('\n')[0].replace(/\s+built on.*/, '').trim() || 'Chromium';
  const gl = await limit(webglRenderer(CHROMIUM), 60_000, 'asking Chromium for its WebGL renderer');
  const glName = /swiftshader/i.test(gl) ? 'SwiftShader WebGL' : `WebGL on ${gl}`;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, ${chromiumVersion}, ${glName}`;
  console.log(`Machine: ${machine}`);
  const loadBefore = loadavg()[0];
  if (loadBefore > cpus().length * 0.5) console.log(`  note: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores — other work is running; the alternation shares the noise out, but figures will spread.`);

  // 4. Runs: one warm-up load (not counted; the first Chromium start reads its files from disk), then
  //    RUNS rounds in which every page loads once, the order rotating from round to round.
  if (keepTraces) mkdirSync(keepTraces, { recursive: true });
  const runs = new Map<string, Run[]>(pages.map((p) => [p.name, []]));
  const failures = new Map<string, number>(pages.map((p) => [p.name, 0]));
  console.log(`Warm-up load (${pages[0].name}) …`);
  await limit(measure(pages[0], { chromium: CHROMIUM, trace: TRACE }), RUN_LIMIT_MS, 'the warm-up load').catch((error: Error) => console.error(`  warm-up failed: ${error.message}`));
  const r0 = (x: number | null) => (x === null ? '—' : Math.round(x).toString());
  for (let round = 0; round < RUNS; round++) {
    for (let i = 0; i < pages.length; i++) {
      if (stopRequested()) await new Promise(() => {}); // the signal handler cleans up and exits
      const page = pages[(i + round) % pages.length];
      const keepTraceAs = keepTraces ? join(resolve(keepTraces), `${page.name}-${round + 1}.json`) : undefined;
      try {
        const run = await limit(measure(page, { chromium: CHROMIUM, trace: TRACE, keepTraceAs }), RUN_LIMIT_MS, `${page.name}, run ${round + 1}`);
        runs.get(page.name)!.push(run);
        console.log(`  [${round + 1}/${RUNS}] ${page.name.padEnd(8)} drawn ${r0(run.firstDrawMark)}${run.firstDrawMarkLate ? '*' : ''} · gl ${r0(run.firstGlDraw)} · on screen ${r0(run.onScreen)} · presented ${r0(run.presented)} ms · hover ${r0(run.hoverEnter)}/${r0(run.hoverAnswered)}/${r0(run.hoverPresented)} ms · zoom frame ${run.zoomFrame?.toFixed(1) ?? '—'}/${run.zoomPresentedFrame?.toFixed(1) ?? '—'} ms`);
      } catch (error) {
        if (stopRequested()) continue;
        failures.set(page.name, failures.get(page.name)! + 1);
        console.error(`  [${round + 1}/${RUNS}] ${page.name.padEnd(8)} FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  await closeServers();

  // 5. Report.
  const results: PageResult[] = pages.map((p) => ({
    name: p.name, label: p.label, runs: runs.get(p.name)!, failures: failures.get(p.name)!,
    firstPageJs: sumGzip(p.dist, firstPageScripts(p.dist)),
  }));
  // The bare page must draw from the same file as the page it is the yardstick for.
  const graphFiles = (r: PageResult | undefined) => r?.runs[0]?.fetchedBeforeDraw.filter((f) => f.includes('/generated/')).join(', ') || '—';
  const bareResult = results.find((r) => r.name === 'bare');
  const subjectResult = results.find((r) => r.name === subjectName);
  if (graphFiles(bareResult) !== graphFiles(subjectResult)) {
    console.log(`\nWARNING: bare and ${subjectName} fetched different graph files before drawing (bare: ${graphFiles(bareResult)}; ${subjectName}: ${graphFiles(subjectResult)}).`);
  }
  const subjectPage = pages.find((p) => p.name === subjectName)!;
  const subjectRuns = runs.get(subjectName)!;
  if (subjectRuns[0]) info.push(['graph', `${subjectRuns[0].nodes} nodes, ${subjectRuns[0].edges} relations`]);
  info.push(['first-page JS files (' + subjectName + ')', firstPageScripts(subjectPage.dist).join(', ')]);
  info.push([`lazy JS (${subjectName}: on demand or when idle), gzip`, `${(sumGzip(subjectPage.dist, lazyScripts(subjectPage.dist, firstPageScripts(subjectPage.dist))) / 1024).toFixed(1)} kB`]);
  const generated = join(subjectPage.dist, 'generated');
  for (const f of existsSync(generated) ? readdirSync(generated).filter((f) => f.endsWith('.json')).sort() : []) {
    const bytes = readFileSync(join(generated, f));
    info.push([`${f} (raw / gzip)`, `${(bytes.length / 1024).toFixed(0)} kB / ${(gzipSync(bytes).length / 1024).toFixed(0)} kB`]);
  }
  if (current) info.push(['build-time precompute (validate, layout, metrics)', `${Math.round(current.precomputeMs)} ms`]);
  if (subjectRuns[0]) info.push([`fetched before the first draw (${subjectName})`, subjectRuns[0].fetchedBeforeDraw.join(', ')]);

  // Issue 8: label placement at 10k nodes (the placement pass alone, in Node; target ≤ 12 ms a frame).
  const scale = labelPlacementAtScale();
  const within12 = Math.max(scale.overview.median, scale.zoomed.median) <= 12 ? 'met' : 'NOT met';
  info.push(['label placement, generated 10k nodes (placement pass in Node, median of 21 frames; target ≤ 12 ms)',
    `overview ${scale.overview.median.toFixed(1)} ms (${scale.overview.candidates} candidates, ${scale.overview.placed} placed) · ` +
    `4× zoom ${scale.zoomed.median.toFixed(1)} ms (${scale.zoomed.candidates} candidates, ${scale.zoomed.placed} placed): ${within12}`]);
  // Issue 11: the connection finder (3 chains), the brokers' table and the period diff, bundled (target ≤ 50 ms
  // each) and at 10k (chains and brokers in Workers; what stays on the main thread ≤ 200 ms).
  for (const a of analysisAtScale(subjectPage.dist)) {
    const question = a.steps + a.chains;
    const figures = `chain index ${a.index.toFixed(1)} ms (once per graph) · per question: steps allowed ${a.steps.toFixed(1)} ms + 3 chains ${a.chains.toFixed(1)} ms · ` +
      `brokers + communities ${a.brokers.toFixed(0)} ms · period diff (1936–1939 / 1946–1956) ${a.periodDiff.toFixed(1)} ms`;
    const target = a.edges < CHAINS_IN_WORKER
      ? ` (target ≤ 50 ms each: ${Math.max(a.index + question, a.brokers, a.periodDiff) <= 50 ? 'met' : 'NOT met'})`
      : ` (chains and brokers in Workers; main thread per question ${(a.steps).toFixed(1)} ms, period diff ${a.periodDiff.toFixed(0)} ms, index ${a.index.toFixed(0)} ms once: ` +
        `${Math.max(a.steps, a.periodDiff, a.index) <= 200 ? 'never > 200 ms: met' : 'NOT met'})`;
    info.push([`analysis, ${a.label}, ${a.nodes} nodes / ${a.edges} relations, in Node`, figures + target]);
  }
  const { text, markdown } = report(results, results.find((r) => r.name === subjectName)!, info);
  const load = `load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  console.log(`\nInfluence Atlas benchmark — ${today}\nMachine: ${machine}; ${load}\nRuns: ${RUNS} cold loads per page, alternating; fresh renderer (data: tab first); 1280×800${TRACE ? '' : '; no trace (BENCH_TRACE=0)'}.`);
  console.log(text);

  if (record) {
    appendFileSync(join(ROOT, 'docs/benchmarks.md'), `\n## ${today}\n\nMachine: ${machine}; ${load}\n\n${RUNS} cold loads per page, alternating in one process (method in the header above).\n${markdown}\n`);
    console.log('\nRecorded in docs/benchmarks.md');
  }
} catch (error) {
  await fail(error);
}
await closeServers();
process.exit(0);
