// End-to-end: the atlas as an installable, offline app. The service worker precaches the whole
// build (code, every lazily loaded chunk, the data, the PDF font), so a reload with the network gone
// still opens the atlas and everything works; a new release waits for the user's "Reload"; the
// manifest and its icons are served and sized as they say.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launch, open, watch } from './browser';
import { serveDirectory } from './static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

async function appContext(): Promise<BrowserContext> {
  const context = await launch({ serviceWorkers: 'allow' });
  contexts.push(context);
  return context;
}

/** Waits until the service worker is active and controls the page (it claims it on first install). */
async function waitForControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** Waits until sigma has drawn labels (after a reload, which `open` does not do). */
async function waitDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __atlas?: { labels(): unknown[] } };
    return !!w.__atlas && w.__atlas.labels().length > 0;
  }, null, { timeout: 30_000 });
}

/** The URLs and revisions in the service worker's precache list. */
function precacheList(sw: string): { url: string; revision: string | null }[] {
  const list = /precacheAndRoute\((\[.*?\])\s*,/s.exec(sw)?.[1];
  assert.ok(list, 'sw.js has a precache list');
  return [...list.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map((m) => ({ url: m[1], revision: m[2] === 'null' ? null : m[2].slice(1, -1) }));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

async function exportFile(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const details = page.locator('details.dropdown', { has: page.getByText('Export', { exact: true }) });
  if ((await details.getAttribute('open')) === null) await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('offline', () => {
  it('precaches every file the app can load, the data under content revisions', async () => {
    const sw = await (await fetch(new URL('sw.js', BASE_URL))).text();
    assert.equal(sw, await readFile(join(DIST, 'sw.js'), 'utf8'), 'the server serves this build');
    const list = precacheList(sw);
    const urls = new Set(list.map((e) => e.url));
    const files = await filesUnder(DIST);
    // jsPDF's html() chunks are left out on purpose (vite.config.ts): the PDF export never calls it.
    const unused = (f: string) => /^assets\/(html2canvas|purify\.es)-/.test(f);
    const wanted = files.filter((f) => /\.(html|js|css|json|ttf|svg|png|webmanifest)$/.test(f) && !unused(f) && f !== 'sw.js' && !f.startsWith('workbox-'));
    assert.deepEqual(wanted.filter((f) => !urls.has(f)), [], 'files missing from the precache');
    for (const f of ['index.html', 'generated/graph.json', 'generated/texts.json', 'manifest.webmanifest']) assert.ok(urls.has(f), f);
    assert.ok(files.some((f) => /^assets\/DejaVuSans-.*\.ttf$/.test(f) && urls.has(f)), 'the PDF font');
    for (const chunk of ['focus-motion', 'search', 'pdf', 'picture', 'live-layout', 'brokers-worker', 'paths-worker', 'chrome']) {
      assert.ok(files.some((f) => f.startsWith(`assets/${chunk}-`) && urls.has(f)), `the lazily loaded ${chunk} chunk`);
    }
    // A data release changes the revision, so the new service worker fetches the new data.
    for (const entry of list.filter((e) => e.url.startsWith('generated/'))) {
      assert.equal(entry.revision, md5(await readFile(join(DIST, entry.url))), `${entry.url} revision`);
    }
    let bytes = 0;
    for (const f of urls) bytes += (await readFile(join(DIST, f))).length;
    console.log(`precache: ${list.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
  });

  it('reloads with the network gone: the atlas draws, search, panel, Focus, Analysis and exports work', async () => {
    const context = await appContext();
    const page = await context.newPage();
    const seen = watch(page);
    await open(page);
    await waitForControl(page);
    await context.setOffline(true);
    await page.reload();
    await waitDrawn(page);
    // The network really is gone: what the service worker does not hold cannot be fetched.
    assert.equal(await page.evaluate(() => fetch(`./not-precached-${Date.now()}`).then(() => 'fetched', () => 'failed')), 'failed');

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Trotsky');
    // The search index loads on first use (here from the service worker): wait for the answers, not "Searching…".
    await page.waitForFunction(() => { const first = document.querySelector('[role="option"]'); return !!first && !/^Searching/.test(first.textContent ?? ''); }, null, { timeout: 15_000 });
    assert.match((await page.getByRole('option').first().textContent()) ?? '', /Leon Trotsky/);
    await search.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Biography' });
    await panel.getByRole('heading', { level: 2, name: 'Leon Trotsky' }).waitFor();
    // The biography (texts.json, loaded after the first frame) came from the cache too.
    await page.waitForFunction(() => (document.querySelector('aside p.bio:not(.loading)')?.textContent ?? '').length > 100);

    await page.getByRole('group', { name: "Focus on this node's neighbourhood" }).getByRole('button', { name: '1 step' }).click();
    await page.getByRole('group', { name: 'Focus', exact: true }).getByText(/\d+ nodes within/).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/offline-focus-trotsky.png' });

    const png = await exportFile(page, 'Export PNG');
    assert.match(png.name, /\.png$/);
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const pdf = await exportFile(page, 'Export PDF'); // jsPDF, svg2pdf.js and the font, all from the cache
    assert.match(pdf.name, /\.pdf$/);
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');

    await page.goto(new URL('?view=analysis', BASE_URL).href); // a navigation offline: index.html from the cache
    await page.getByRole('heading', { name: /^Brokers/ }).waitFor({ timeout: 30_000 });
    assert.ok((await page.locator('table tbody tr').count()) > 10, 'the brokers table is filled (its worker came from the cache)');
    await page.screenshot({ path: 'test-results/offline-analysis.png' });
    // Offline, the only failures are the two requests that must fail: the probe above and the browser's update check of sw.js.
    assert.deepEqual(seen.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
    assert.deepEqual(seen.foreign, []);
  });

  it('offers a new data release with "Reload" and shows the new data only after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-release-'));
    await cp(DIST, dir, { recursive: true });
    const server = await serveDirectory(dir);
    try {
      const context = await appContext();
      const page = await context.newPage();
      await open(page, server.url);
      await waitForControl(page);
      const subtitle = page.locator('.brand p');
      assert.equal(await subtitle.textContent(), 'the anti-Stalinist left');

      // A data release, as a build would make it: new graph.json, its new revision in sw.js.
      const graphFile = join(dir, 'generated', 'graph.json');
      const graph = JSON.parse(await readFile(graphFile, 'utf8'));
      graph.title = 'Influence Atlas: the anti-Stalinist left (next release)';
      const released = Buffer.from(JSON.stringify(graph));
      await writeFile(graphFile, released);
      const sw = await readFile(join(dir, 'sw.js'), 'utf8');
      const old = precacheList(sw).find((e) => e.url === 'generated/graph.json')!.revision!;
      await writeFile(join(dir, 'sw.js'), sw.replace(old, md5(released)));

      await page.reload();
      await waitDrawn(page);
      const notice = page.locator('.notice', { hasText: 'A new version of the atlas is ready.' });
      await notice.waitFor({ timeout: 30_000 });
      // No surprise: until the user says so, the page keeps the version it opened with.
      assert.equal(await subtitle.textContent(), 'the anti-Stalinist left');
      await page.screenshot({ path: 'test-results/offline-update-notice.png' });
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await waitDrawn(page);
      assert.equal(await subtitle.textContent(), 'the anti-Stalinist left (next release)');
      assert.equal(await page.locator('.notice', { hasText: 'A new version' }).count(), 0);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('install', () => {
  it('serves a manifest with a name, start URL, display and icons of the sizes it states', async () => {
    const html = await (await fetch(BASE_URL)).text();
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    assert.ok(href, 'index.html links the manifest');
    const manifestUrl = new URL(href, BASE_URL);
    const manifest = JSON.parse(await (await fetch(manifestUrl)).text());
    assert.match(manifest.name, /Influence Atlas/);
    assert.ok(manifest.short_name.length <= 15, 'a short name that fits under an icon');
    assert.equal(new URL(manifest.start_url, manifestUrl).href, new URL('./', BASE_URL).href);
    assert.ok(['standalone', 'fullscreen', 'minimal-ui'].includes(manifest.display));
    const pngs: { size: number; purpose: string }[] = [];
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[]) {
      const response = await fetch(new URL(icon.src, manifestUrl));
      assert.equal(response.status, 200, icon.src);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (icon.type === 'image/svg+xml') {
        assert.equal(icon.sizes, 'any');
        assert.match(bytes.toString('utf8'), /^<svg [^>]*viewBox="0 0 512 512"/);
        continue;
      }
      assert.equal(icon.type, 'image/png');
      const [w, h] = icon.sizes.split('x').map(Number);
      assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', icon.src);
      assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [w, h], `${icon.src} is ${icon.sizes}`);
      pngs.push({ size: w, purpose: icon.purpose ?? 'any' });
    }
    for (const size of [192, 512]) {
      assert.ok(pngs.some((p) => p.size === size && p.purpose === 'any'), `a ${size} px icon`);
      assert.ok(pngs.some((p) => p.size === size && p.purpose === 'maskable'), `a ${size} px maskable icon`);
    }
  });
});
