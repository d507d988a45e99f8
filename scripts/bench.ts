// `npm run bench`: how fast Influence Atlas opens. Builds the app, serves it, and measures in
// headless Chromium (software WebGL) the time from navigation to sigma's first drawn frame,
// over several cold loads; also the first-page JavaScript size (gzip) and the build-time step.
// `npm run bench -- --record` appends the figures to docs/benchmarks.md with the machine they came from.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from './read-data';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4188;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it with  apt-get install -y chromium  or set CHROMIUM_PATH.`);
  process.exit(1);
}

const t0 = performance.now();
const pre = spawnSync('npm', ['run', '--silent', 'precompute'], { cwd: ROOT, encoding: 'utf8' });
const precomputeMs = performance.now() - t0;
if (pre.status !== 0) { console.error(pre.stderr); process.exit(1); }
const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) { console.error(build.stderr); process.exit(1); }

// First-page JS: the entry script and its static imports (modulepreload links), gzip-compressed.
const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
const firstPage = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const jsGzip = firstPage.reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist', f))).length, 0);
const lazyGzip = readdirSync(join(ROOT, 'dist/assets')).filter((f) => f.endsWith('.js') && !firstPage.includes(`assets/${f}`))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist/assets', f))).length, 0);
const atlasBytes = readFileSync(join(ROOT, 'dist/generated/atlas.json'));

const server = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 150));
}

const draws: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // A fresh profile each run: a cold cache, as a first-time visitor has.
    const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'atlas-bench-')), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    const page = await context.newPage();
    await page.goto(url);
    // A string expression: tsx would wrap a named arrow function in a helper the page lacks.
    const handle = await page.waitForFunction("performance.getEntriesByName('atlas:first-draw')[0]?.startTime", null, { timeout: 60_000, polling: 20 });
    const ms = (await handle.jsonValue()) as number;
    draws.push(ms);
    await context.close();
  }
} finally {
  server.kill();
}

const sorted = [...draws].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const graph = JSON.parse(atlasBytes.toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, Chromium (SwiftShader WebGL)`;
const rows = [
  ['graph', `${graph.nodes.length} nodes, ${graph.edges.length} relations`],
  ['first draw after navigation (median of ' + RUNS + ' cold loads)', `${Math.round(median)} ms (min ${Math.round(sorted[0])}, max ${Math.round(sorted[sorted.length - 1])})`],
  ['first-page JS, gzip', `${(jsGzip / 1024).toFixed(1)} kB`],
  ['lazy JS (export, live layout, dataset worker), gzip', `${(lazyGzip / 1024).toFixed(1)} kB`],
  ['atlas.json (raw / gzip)', `${(atlasBytes.length / 1024).toFixed(0)} kB / ${(gzipSync(atlasBytes).length / 1024).toFixed(0)} kB`],
  ['build-time precompute (validate, layout, metrics)', `${Math.round(precomputeMs)} ms`],
];
console.log(`\nInfluence Atlas benchmark — ${new Date().toISOString().slice(0, 10)}\nMachine: ${machine}\n`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(58)} ${v}`);

if (process.argv.includes('--record')) {
  const table = rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n');
  appendFileSync(join(ROOT, 'docs/benchmarks.md'),
    `\n## ${new Date().toISOString().slice(0, 10)}\n\nMachine: ${machine}\n\n| measure | value |\n|---|---|\n${table}\n`);
  console.log('\nRecorded in docs/benchmarks.md');
}
