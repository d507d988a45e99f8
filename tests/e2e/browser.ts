// Shared setup for the end-to-end tests: Debian's Chromium through playwright-core (see
// ../shared/NOTES.md for the flags that give WebGL on SwiftShader), console error capture, helpers.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
export const ORIGIN = new URL(BASE_URL).origin;

/**
 * Whether the app's service worker may run. Each context has its own new profile, so nothing is
 * cached between contexts; still, only the tests of offline use (offline.test.ts) let it run by
 * default: a worker that precaches the whole build would compete with what the other tests time,
 * and page.route() does not see the requests it answers. `E2E_SERVICE_WORKERS=allow` runs every
 * test with it.
 */
const SERVICE_WORKERS = process.env.E2E_SERVICE_WORKERS === 'allow' ? 'allow' : 'block';

/**
 * Starts a fresh headless Chromium context (its own profile) with downloads allowed. The page's
 * Content-Security-Policy forbids evaluating strings, which is how tests pass predicates to
 * waitForFunction and inject axe: tests bypass it, except csp.test.ts (`csp: 'enforce'`), which
 * proves the app runs under it.
 */
export async function launch(options: {
  viewport?: { width: number; height: number }; mobile?: boolean; args?: string[]; serviceWorkers?: 'allow' | 'block'; csp?: 'enforce' | 'bypass';
} = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'atlas-e2e-')), {
    serviceWorkers: options.serviceWorkers ?? SERVICE_WORKERS,
    bypassCSP: options.csp !== 'enforce',
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(options.args ?? [])],
  });
}

/** Collects console errors, page errors and any request that leaves the app's origin. */
export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}

/** Opens a path of the app and waits until sigma has drawn the graph. */
export async function open(page: Page, path = ''): Promise<void> {
  await page.goto(new URL(path, BASE_URL).href);
  await page.waitForFunction(() => {
    const w = window as unknown as { __atlas?: { labels(): unknown[] } };
    return !!w.__atlas && w.__atlas.labels().length > 0;
  }, null, { timeout: 30_000 });
}

/** Viewport point of a node (NOTES: graphToViewport plus the container's box). */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const w = window as unknown as { __atlas: { renderer: {
      getNodeDisplayData(n: string): { x: number; y: number } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getContainer(): HTMLElement;
    } } };
    const r = w.__atlas.renderer;
    const data = r.getNodeDisplayData(node);
    if (!data) throw new Error(`node ${node} is not drawn`);
    const p = r.framedGraphToViewport(data);
    const box = r.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Whether sigma currently hides a node (through the reducers). */
export async function isHidden(page: Page, id: string): Promise<boolean> {
  return page.evaluate((node) => {
    const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } } };
    return !!w.__atlas.renderer.getNodeDisplayData(node)?.hidden;
  }, id);
}

/** Waits until sigma hides (or shows) a node. */
export async function waitHidden(page: Page, id: string, hidden: boolean): Promise<void> {
  await page.waitForFunction(({ node, want }) => {
    const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } } };
    return !!w.__atlas.renderer.getNodeDisplayData(node)?.hidden === want;
  }, { node: id, want: hidden }, { timeout: 10_000 });
}

/** Waits until the camera has stopped moving and sigma has drawn the frame after it (no fixed sleep). */
export async function settle(page: Page): Promise<void> {
  const frames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await frames(); // a camera request made by the last action has started by now
  await page.waitForFunction(() => {
    const w = window as unknown as { __atlas?: { renderer: { getCamera(): { isAnimated(): boolean } } } };
    return !!w.__atlas && !w.__atlas.renderer.getCamera().isAnimated();
  }, null, { timeout: 10_000, polling: 50 });
  await frames();
}

/** sigma's camera state right now. */
export async function cameraState(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __atlas: { renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } } };
    const { x, y, ratio } = w.__atlas.renderer.getCamera().getState();
    return { x, y, ratio };
  });
}

/** The colour sigma draws a node in (reducer output), or null when it is not drawn. */
export async function nodeColor(page: Page, id: string): Promise<string | null> {
  return page.evaluate((node) => {
    const w = window as unknown as { __atlas: { renderer: { getNodeDisplayData(n: string): { color: string; hidden?: boolean } | undefined } } };
    const data = w.__atlas.renderer.getNodeDisplayData(node);
    return data && !data.hidden ? data.color : null;
  }, id);
}

/** The small fixture dataset (tests/fixtures/mini) as files for an <input type=file>. */
export function miniDatasetFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const dir = join(import.meta.dirname ?? __dirname, '..', 'fixtures', 'mini');
  return readdirSync(dir).filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, name)) }));
}

/** A node's position in the data graph (which the live layout moves). */
export async function graphPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const w = window as unknown as { __atlas: { graph: { getNodeAttributes(n: string): { x: number; y: number } } } };
    const { x, y } = w.__atlas.graph.getNodeAttributes(node);
    return { x, y };
  }, id);
}

/** Waits until the live layout has moved a node more than `distance` from where it was. */
export async function waitMoved(page: Page, id: string, from: { x: number; y: number }, distance: number): Promise<void> {
  await page.waitForFunction(({ node, x, y, d }) => {
    const w = window as unknown as { __atlas: { graph: { getNodeAttributes(n: string): { x: number; y: number } } } };
    const p = w.__atlas.graph.getNodeAttributes(node);
    return Math.hypot(p.x - x, p.y - y) > d;
  }, { node: id, x: from.x, y: from.y, d: distance }, { timeout: 15_000 });
}

/** Clicks a button that downloads a file and reads the file: its suggested name and its text (a BOM dropped). */
export async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: (await readFile((await file.path())!, 'utf8')).replace(/^\ufeff/, '') };
}
