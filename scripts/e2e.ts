// `npm run test:e2e`: builds the app, serves it with `vite preview` on a free port, and runs the
// end-to-end tests (tests/e2e, node's test runner) in headless Chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './read-data';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (!CHROMIUM || !existsSync(CHROMIUM)) {
  const lines = [
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!! Browser tests NOT run: no Chromium found.                          !!',
    '!! Install it:  sudo apt-get install -y chromium                      !!',
    '!! or point CHROMIUM_PATH at a Chromium/Chrome binary.                !!',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '',
  ];
  console.error(lines.join('\n'));
  // Under CI a missing browser is a failure, never a silent skip.
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms`);
}

const testFiles = readdirSync(join(ROOT, 'tests', 'e2e')).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('tests', 'e2e', f));

// Screenshots land in test-results/ (ignored); copy the good ones to docs/ by hand for the README.
mkdirSync(join(ROOT, 'test-results'), { recursive: true });

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = await freePort();
const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const server: ChildProcess = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
});
let code: number;
try {
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, 30_000);
  const tests = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...testFiles], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, BASE_URL: baseUrl, CHROMIUM_PATH: CHROMIUM },
  });
  code = tests.status ?? 1;
} finally {
  server.kill();
}
process.exit(code);
