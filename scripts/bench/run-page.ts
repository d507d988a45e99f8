// One cold load of one page in headless Chromium, and everything measured on it.
//
// Protocol: a fresh profile (cold cache) in a fresh persistent context at 1280×800. The first tab
// opens a data: URL and waits for it to settle, so the page under test gets a renderer of its own
// (opening it straight from about:blank puts it in a renderer Chromium is still setting up, which
// blocks the main thread 0.65–1.1 s after commit and makes the figure partly noise). Then a lean trace
// starts, the page is opened, and the probe (probe.js) records draws, hover and zoom/pan.
import { rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page as PwPage } from 'playwright-core';
import { forget, tempDir, type Page } from './pages';
import { fileForUrl, gzipBytes } from './sizes';
import { FrameTimeline, startTrace, stopTrace } from './trace';

const PROBE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'probe.js'), 'utf8');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const VIEWPORT = { width: 1280, height: 800 };
const BLANK = 'data:text/html,<!doctype html><title>bench</title>';
/** Two frames, then an idle period: the fresh tab has finished starting up. */
const SETTLE_BLANK = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => r(true), { timeout: 5000 }))))';

export interface Run {
  page: string;
  /** The page's own `atlas:first-draw` mark (ms after navigation), and whether it came after the first frame (a second-render mark). */
  firstDrawMark: number | null;
  firstDrawMarkLate: boolean;
  onScreenMark: number | null;
  firstGlDraw: number;
  /** First WebGL draw + two requestAnimationFrame callbacks. */
  onScreen: number;
  /** Presentation of the frame containing the first WebGL draw (trace). */
  presented: number | null;
  hoverNode: string;
  hoverTopDegree: boolean;
  /** From the mousemove's timeStamp to sigma's enterNode (its picking), to the answer, to its presentation. */
  hoverEnter: number;
  hoverAnswered: number;
  hoverPresented: number | null;
  zoomFrame: number | null;
  zoomPresentedFrame: number | null;
  /** The app's label placement and drawing per frame during zoom/pan (null for a page without it). */
  labelPlacement: number | null;
  zoomRenders: number;
  zoomPresentations: number;
  /** gzip bytes of everything fetched before the first draw, and of the graph files among them. */
  bytesBeforeDraw: number;
  graphBytesBeforeDraw: number;
  fetchedBeforeDraw: string[];
  unmapped: string[];
  nodes: number | null;
  edges: number | null;
}

export interface RunOptions {
  chromium: string;
  /** Record the lean trace (the "presented" measures); off only to see what tracing costs. */
  trace: boolean;
  keepTraceAs?: string;
  /** The whole run, launch to close (default 150 s). */
  limitMs?: number;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const intervals = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

async function step<T>(what: string, page: Page, promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw new Error(`${page.name} (${page.url}): ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  }
}

type LoadFigures = {
  firstDrawMark: number | null; onScreenMark: number | null; firstGlDraw: number; firstFrameAfterDraw: number; glOnScreen: number;
  document: { name: string; responseEnd: number } | null;
  resources: { name: string; startTime: number; responseEnd: number }[];
  nodes: number | null; edges: number | null;
};
type Targets = { node: { id: string; x: number; y: number }; blank: { x: number; y: number }; topDegreeNode: string };
type Hover = { node: string; moveTimeStamp: number; enterAfterMove: number; drawnAfterMove: number; onScreenAfterMove: number };
type Zoom = { began: number; ended: number; renders: number[]; labelTimes: number[] };

export async function measure(page: Page, options: RunOptions): Promise<Run> {
  const profile = tempDir('atlas-bench-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    // The page's meta CSP forbids eval, which waitForFunction's string predicates need (as in tests/e2e).
    bypassCSP: true,
    executablePath: options.chromium, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS, timeout: 60_000,
  });
  // A page that hangs (tab.evaluate has no timeout of its own) ends with the context.
  let timedOut = false;
  const guard = setTimeout(() => { timedOut = true; void context.close().catch(() => {}); }, options.limitMs ?? 150_000);
  try {
    await context.addInitScript({ content: PROBE });
    const tab: PwPage = context.pages()[0] ?? await context.newPage();
    tab.setDefaultTimeout(30_000);
    await step('opening the data: tab', page, tab.goto(BLANK));
    await step('letting the data: tab settle', page, tab.evaluate(SETTLE_BLANK));
    const cdp = options.trace ? await context.newCDPSession(tab) : null;
    if (cdp) await startTrace(cdp);

    await step('navigating', page, tab.goto(page.url, { waitUntil: 'commit' }));
    // Polled by a promise inside the page: the app's Content-Security-Policy forbids the eval that
    // waitForFunction's polling needs.
    await step('waiting for the first frame and window.__atlas (60 s)', page,
      tab.evaluate(`new Promise((resolve, reject) => {
        const end = performance.now() + 60000;
        const check = () => window.__bench && window.__bench.ready() ? resolve(true)
          : performance.now() > end ? reject(new Error('no first frame')) : setTimeout(check, 50);
        check();
      })`));
    await step('letting the first frames settle', page, tab.evaluate('window.__bench.settle()'));
    const load = await tab.evaluate('window.__bench.loadFigures()') as LoadFigures;

    // First hover: a blank spot first, then the highest-degree node.
    const targets = await step('finding hover targets', page, tab.evaluate('window.__bench.hoverTargets()')) as Targets;
    await tab.mouse.move(targets.blank.x, targets.blank.y);
    await step('settling over the blank spot', page, tab.evaluate('window.__bench.settle()'));
    await tab.evaluate('window.__bench.armHover()');
    await tab.mouse.move(targets.node.x, targets.node.y);
    const hover = await step(`hovering ${targets.node.id}`, page, tab.evaluate('window.__bench.state.hover')) as Hover;
    await tab.mouse.move(targets.blank.x, targets.blank.y);
    await step('settling after the hover', page, tab.evaluate('window.__bench.settle()'));

    // Zoom/pan: the same 2 s camera animation on every page.
    const zoom = await step('zoom/pan', page, tab.evaluate('window.__bench.zoomPan()')) as Zoom;
    await step('settling after zoom/pan', page, tab.evaluate('window.__bench.settle()'));

    const events = cdp ? await step('reading the trace', page, stopTrace(cdp)) : null;
    if (events && options.keepTraceAs) await writeFile(options.keepTraceAs, JSON.stringify({ traceEvents: events }));
    const frames = events ? new FrameTimeline(events, 'bench:first-gl-draw') : null;

    const hoverDrawn = hover.moveTimeStamp + hover.drawnAfterMove;
    const hoverShown = frames?.presentedAfter(hoverDrawn) ?? null;
    const zoomRenders = zoom.renders.filter((t) => t >= zoom.began && t <= zoom.ended);
    const shownDuringZoom = frames?.presentationsBetween(zoom.began, zoom.ended) ?? [];

    // Bytes: the document and every resource whose response ended before the first draw.
    const origin = new URL(page.url).origin;
    const before = [
      ...(load.document ? [{ name: load.document.name, responseEnd: load.document.responseEnd }] : []),
      ...load.resources,
    ].filter((r) => r.responseEnd <= load.firstGlDraw);
    const names = [...new Set(before.map((r) => r.name))];
    const files = names.map((name) => ({ name, file: fileForUrl(page.dist, origin, name) }));
    const mapped = files.filter((f): f is { name: string; file: string } => f.file !== null);
    const isGraphFile = (name: string) => new URL(name).pathname.includes('/generated/');

    return {
      page: page.name,
      firstDrawMark: load.firstDrawMark,
      firstDrawMarkLate: load.firstDrawMark !== null && load.firstDrawMark > load.firstFrameAfterDraw,
      onScreenMark: load.onScreenMark,
      firstGlDraw: load.firstGlDraw,
      onScreen: load.glOnScreen,
      presented: frames?.presentedAfter(load.firstGlDraw) ?? null,
      hoverNode: hover.node,
      hoverTopDegree: hover.node === targets.topDegreeNode,
      hoverEnter: hover.enterAfterMove,
      hoverAnswered: hover.onScreenAfterMove,
      hoverPresented: hoverShown === null ? null : hoverShown - hover.moveTimeStamp,
      zoomFrame: median(intervals(zoomRenders)),
      labelPlacement: zoom.labelTimes.length ? median(zoom.labelTimes) : null,
      zoomPresentedFrame: median(intervals(shownDuringZoom)),
      zoomRenders: zoomRenders.length,
      zoomPresentations: shownDuringZoom.length,
      bytesBeforeDraw: mapped.reduce((sum, f) => sum + gzipBytes(f.file), 0),
      graphBytesBeforeDraw: mapped.filter((f) => isGraphFile(f.name)).reduce((sum, f) => sum + gzipBytes(f.file), 0),
      fetchedBeforeDraw: names.map((n) => new URL(n).pathname),
      unmapped: files.filter((f) => f.file === null).map((f) => f.name),
      nodes: load.nodes,
      edges: load.edges,
    };
  } catch (error) {
    if (timedOut) throw new Error(`${page.name}: the run took over ${(options.limitMs ?? 150_000) / 1000} s and was stopped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, { cause: error });
    throw error;
  } finally {
    clearTimeout(guard);
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).then(() => forget(profile), () => {});
  }
}

/** What the machine draws WebGL with (the unmasked renderer string), checked once per bench. */
export async function webglRenderer(chromiumPath: string): Promise<string> {
  const profile = tempDir('atlas-bench-profile-');
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS, bypassCSP: true });
  try {
    const tab = context.pages()[0] ?? await context.newPage();
    await tab.goto(BLANK);
    return await tab.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    })()`) as string;
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).then(() => forget(profile), () => {});
  }
}
