// The pages `npm run bench` compares, and their lifecycle: build each one into a folder of its own,
// serve it with `vite preview`, and take everything down again on exit, error or Ctrl-C.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface Page {
  /** `bare`, `current` or `baseline`. */
  name: string;
  /** What was built, for the report: a path or a commit. */
  label: string;
  /** The folder that is served: the page's dist/. */
  dist: string;
  url: string;
}

// ---------------------------------------------------------------------------------------------
// Clean-up: every temporary folder, worktree and server is registered here as it is made, and
// removed on exit, on error, and on Ctrl-C.
//
// On a signal the clean-up runs asynchronously, keeping the event loop free: `tsx` (which `npm run
// bench` goes through) re-sends the signal to its child and SIGKILLs it if the child does not answer
// within 30 ms, which a synchronous `rm -rf` of a worktree's node_modules would not survive.

type Cleanup = { dir: string; worktreeOf?: string };
const cleanups: Cleanup[] = [];
const servers: PreviewServer[] = [];

/** Folders first, worktrees (slow: a whole node_modules) last. */
const ordered = () => [...cleanups.filter((c) => !c.worktreeOf), ...cleanups.filter((c) => c.worktreeOf)];

function cleanUpSync(): void {
  for (const c of ordered()) {
    if (c.worktreeOf) spawnSync('git', ['worktree', 'remove', '--force', c.dir], { cwd: c.worktreeOf, stdio: 'ignore' });
    try { rmSync(c.dir, { recursive: true, force: true }); } catch { /* keep cleaning */ }
  }
  cleanups.length = 0;
}

async function cleanUp(): Promise<void> {
  for (const c of ordered()) {
    if (c.worktreeOf) {
      const git = spawn('git', ['worktree', 'remove', '--force', c.dir], { cwd: c.worktreeOf, stdio: 'ignore' });
      await new Promise((resolve) => { git.once('exit', resolve); git.once('error', resolve); });
    }
    await rm(c.dir, { recursive: true, force: true }).catch(() => {});
  }
  cleanups.length = 0;
}

process.on('exit', cleanUpSync);
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    if (stopping) return; // the same signal relayed again by tsx: already on it
    stopping = true;
    console.error(`\nbench: ${signal}: stopping servers, removing temporary folders and worktrees …`);
    void closeServers().then(cleanUp).finally(() => process.exit(code));
  });
}

/** True once a signal asked the bench to stop: start nothing new. */
export const stopRequested = () => stopping;

export async function closeServers(): Promise<void> {
  await Promise.allSettled(servers.splice(0).map((s) => s.close()));
}

/** A temporary folder, removed on exit (or earlier by its owner). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push({ dir });
  return dir;
}

/** Forgets a temporary folder its owner has removed. */
export function forget(dir: string): void {
  const i = cleanups.findIndex((c) => c.dir === dir);
  if (i >= 0) cleanups.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------
// Running commands. Builds run asynchronously, so a Ctrl-C is handled while they run.

function fault(what: string, cwd: string, why: string, output: string): Error {
  return new Error(`${what} failed (${why}) in ${cwd}:\n${output.trim().split('\n').slice(-25).join('\n')}`);
}

function run(command: string, args: string[], cwd: string, what: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const timer = setTimeout(() => { child.kill('SIGTERM'); reject(fault(what, cwd, `timed out after ${timeoutMs / 1000} s`, output)); }, timeoutMs);
    child.once('error', (error) => { clearTimeout(timer); reject(fault(what, cwd, error.message, output)); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(fault(what, cwd, signal ? `killed by ${signal}` : `exit code ${code}`, output));
    });
  });
}

/** Quick git queries (synchronous). */
export function git(root: string, args: string[]): string {
  const result: SpawnSyncReturns<string> = spawnSync('git', args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) throw fault(`git ${args.join(' ')}`, root, result.error?.message ?? `exit code ${result.status}`, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.stdout.trim();
}

// ---------------------------------------------------------------------------------------------
// Builds.

/**
 * Builds the working tree as it is now into a temporary folder (so dist/, which others may be
 * serving, is left alone): `npm run precompute`, timed, then `vite build --outDir`.
 */
export async function buildCurrent(root: string): Promise<{ dist: string; precomputeMs: number }> {
  const dist = tempDir('atlas-bench-current-');
  const started = performance.now();
  await run('npm', ['run', '--silent', 'precompute'], root, 'npm run precompute (current tree)', 5 * 60_000);
  const precomputeMs = performance.now() - started;
  await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    root, 'vite build (current tree)', 5 * 60_000);
  return { dist, precomputeMs };
}

/**
 * Builds a commit the way it built itself: a detached `git worktree` in a temporary folder,
 * `npm ci` there, then its own `npm run build`. The worktree is removed on exit.
 */
export async function buildBaseline(root: string, ref: string): Promise<{ dist: string; commit: string; subject: string }> {
  const commit = git(root, ['rev-parse', '--verify', `${ref}^{commit}`]);
  const subject = git(root, ['log', '-1', '--format=%h %s', commit]);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-baseline-'));
  // Only this worktree is removed (no `git worktree prune`: other people's worktrees are theirs).
  cleanups.push({ dir, worktreeOf: root });
  git(root, ['worktree', 'add', '--detach', '--force', dir, commit]);
  console.log(`  baseline ${subject}: npm ci …`);
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir, `npm ci (baseline ${ref})`, 10 * 60_000);
  console.log('  baseline: npm run build …');
  await run('npm', ['run', 'build'], dir, `npm run build (baseline ${ref})`, 10 * 60_000);
  const dist = join(dir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`the baseline build made no ${dist}/index.html`);
  return { dist, commit, subject };
}

// ---------------------------------------------------------------------------------------------
// Serving.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Serves `dist` with `vite preview` (gzip on, as the app is served) on a free port; returns its URL. */
export async function serve(dist: string): Promise<string> {
  const port = await freePort();
  const before = new Set(process.listeners('SIGTERM'));
  const server = await preview({
    configFile: false,
    root: dist,
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  servers.push(server);
  // vite preview adds a SIGTERM listener that exits at once; ours closes the servers and cleans up.
  for (const listener of process.listeners('SIGTERM')) if (!before.has(listener)) process.off('SIGTERM', listener);
  const url = `http://127.0.0.1:${port}/`;
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) }).catch((error: Error) => { throw new Error(`the server for ${dist} does not answer at ${url}: ${error.message}`); });
  if (!response.ok) throw new Error(`the server for ${dist} answers ${url} with HTTP ${response.status}`);
  return url;
}
