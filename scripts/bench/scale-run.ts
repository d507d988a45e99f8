// One cold load of one generated GEXF file (`?file=<url>`) in one page, for `npm run bench -- --scale`,
// and what is measured on it: the first frame, the main thread's long tasks until the page is at
// rest, hover and click on the highest-degree node, a 2 s pan and zoom, and the JS heap.
//
// The protocol is run-page.ts's (fresh profile, a data: tab first, 1280×800, software WebGL), without
// the trace: at 50k nodes a trace of the whole import would itself weigh on the figures.
import { rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page as PwPage } from 'playwright-core';
import { forget, tempDir, type Page } from './pages';
import { CHROMIUM_ARGS, VIEWPORT } from './run-page';

const PROBE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'probe.js'), 'utf8');
const BLANK = 'data:text/html,<!doctype html><title>bench</title>';
const SETTLE_BLANK = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => r(true), { timeout: 5000 }))))';
/** The app's biography panel, open on a node. */
export const PANEL = '.panel-slot aside[aria-label="Biography"] h2';

export interface LongTask { start: number; duration: number }

export interface ScaleRun {
  page: string;
  /** ms after navigation: the file parsed (the page's `atlas:file-parsed` mark), the first WebGL draw, two rAFs later. */
  parsed: number | null;
  firstGlDraw: number;
  onScreen: number;
  /** ms after navigation when every relation was drawn: the app's `atlas:edges-drawn` mark on a large graph
   * (its relations follow the nodes in slices), else the first draw, which holds them all. */
  edgesDrawn: number;
  /** ms after navigation when the page was at rest after the first frame (the long-task window's end). */
  atRest: number;
  /** The long tasks from navigation to rest, longest first (at most 5 kept). */
  longTasks: LongTask[];
  longTaskCount: number;
  hoverEnter: number | null;
  hoverShown: number | null;
  hoverTopDegree: boolean | null;
  clickShown: number | null;
  zoomFrame: number | null;
  zoomRenders: number | null;
  /** JS heap of the page's main thread after load and a garbage collection, bytes. */
  heap: number | null;
  nodes: number | null;
  edges: number | null;
}

export interface ScaleRunOptions {
  chromium: string;
  /** Also measure hover and click (issue 10: at 10k and 50k). */
  interact: boolean;
  /** Also measure the 2 s pan and zoom (issue 10: at 10k). */
  zoom: boolean;
  /** Waiting for the first frame (layout included). */
  firstFrameMs: number;
  limitMs: number;
}

const median = (values: number[]) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function step<T>(what: string, page: Page, promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw new Error(`${page.name}: ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  }
}

type Targets = { node: { id: string; x: number; y: number }; blank: { x: number; y: number }; topDegreeNode: string };
type Hover = { node: string; enterAfterMove: number; onScreenAfterMove: number };
type Click = { onScreenAfterUp: number };
type Zoom = { began: number; ended: number; renders: number[] };

/** Loads `url` (a page URL with `?file=`) once, cold, and measures it. */
export async function measureScale(page: Page, url: string, options: ScaleRunOptions): Promise<ScaleRun> {
  const profile = tempDir('atlas-bench-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS, timeout: 60_000,
  });
  let timedOut = false;
  const guard = setTimeout(() => { timedOut = true; void context.close().catch(() => {}); }, options.limitMs);
  try {
    await context.addInitScript({ content: PROBE });
    const tab: PwPage = context.pages()[0] ?? await context.newPage();
    tab.setDefaultTimeout(60_000);
    await step('opening the data: tab', page, tab.goto(BLANK));
    await step('letting the data: tab settle', page, tab.evaluate(SETTLE_BLANK));
    await step('navigating', page, tab.goto(url, { waitUntil: 'commit' }));
    // Polled inside the page by a promise, not by waitForFunction: the app's Content-Security-Policy
    // forbids the eval that waitForFunction's polling uses.
    await step(`waiting for the first frame (${options.firstFrameMs / 1000} s)`, page,
      tab.evaluate(`new Promise((resolve, reject) => {
        const end = performance.now() + ${options.firstFrameMs};
        const check = () => window.__bench && window.__bench.ready() ? resolve(true)
          : performance.now() > end ? reject(new Error('no first frame')) : setTimeout(check, 50);
        check();
      })`));
    await step('letting the first frames settle', page, tab.evaluate('window.__bench.settle(60000)'));
    const atRest = await tab.evaluate('performance.now()') as number;
    const load = await tab.evaluate(`(() => {
      const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const s = window.__bench.state;
      return { parsed: mark('atlas:file-parsed'), firstGlDraw: s.firstDraw, onScreen: s.glOnScreen, edgesDrawn: mark('atlas:edges-drawn'),
        nodes: window.__atlas?.graph?.order ?? null, edges: window.__atlas?.graph?.size ?? null };
    })()`) as { parsed: number | null; firstGlDraw: number; onScreen: number; edgesDrawn: number | null; nodes: number | null; edges: number | null };
    const tasks = await tab.evaluate(`window.__bench.longTasksBefore(${atRest})`) as LongTask[];

    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    let hover: Hover | null = null;
    let click: Click | null = null;
    let hoverTopDegree: boolean | null = null;
    if (options.interact) {
      const targets = await step('finding hover targets', page, tab.evaluate('window.__bench.scaleHoverTargets()')) as Targets;
      await tab.mouse.move(targets.blank.x, targets.blank.y);
      await step('settling over the blank spot', page, tab.evaluate('window.__bench.settle(60000)'));
      await tab.evaluate('window.__bench.armScaleHover()');
      await tab.mouse.move(targets.node.x, targets.node.y);
      hover = await step(`hovering ${targets.node.id}`, page, tab.evaluate('window.__bench.state.hover')) as Hover;
      // The node sigma picked (enterNode), which is the one measured.
      hoverTopDegree = hover.node === targets.topDegreeNode;
      await step('settling after the hover', page, tab.evaluate('window.__bench.settle(60000)'));
      // Only the app has a panel to open.
      if (await tab.evaluate('typeof window.__atlas.labels === "function"')) {
        await tab.evaluate(`window.__bench.armClick(${JSON.stringify(PANEL)}, 90000)`);
        await tab.mouse.down();
        await tab.mouse.up();
        click = await step(`clicking ${targets.node.id}`, page, tab.evaluate('window.__bench.state.click')) as Click;
        await step('settling after the click', page, tab.evaluate('window.__bench.settle(60000)'));
        // Back to the view the pan and zoom starts from: nothing selected, nothing hovered.
        await tab.mouse.move(targets.blank.x, targets.blank.y);
        await tab.keyboard.press('Escape');
        await step('settling after Escape', page, tab.evaluate('window.__bench.settle(60000)'));
      } else {
        await tab.mouse.move(targets.blank.x, targets.blank.y);
        await step('settling after the hover', page, tab.evaluate('window.__bench.settle(60000)'));
      }
    }
    let zoom: Zoom | null = null;
    if (options.zoom) {
      zoom = await step('pan and zoom', page, tab.evaluate('window.__bench.zoomPan()')) as Zoom;
    }
    const renders = zoom ? zoom.renders.filter((t) => t >= zoom.began && t <= zoom.ended) : [];
    return {
      page: page.name,
      parsed: load.parsed,
      firstGlDraw: load.firstGlDraw,
      onScreen: load.onScreen,
      edgesDrawn: load.edgesDrawn ?? load.firstGlDraw,
      atRest,
      longTasks: tasks.slice(0, 5).map((t) => ({ start: t.start, duration: t.duration })),
      longTaskCount: tasks.length,
      hoverEnter: hover?.enterAfterMove ?? null,
      hoverShown: hover?.onScreenAfterMove ?? null,
      hoverTopDegree,
      clickShown: click?.onScreenAfterUp ?? null,
      zoomFrame: zoom ? median(renders.slice(1).map((t, i) => t - renders[i])) : null,
      zoomRenders: zoom ? renders.length : null,
      heap,
      nodes: load.nodes,
      edges: load.edges,
    };
  } catch (error) {
    if (timedOut) throw new Error(`${page.name}: the run took over ${options.limitMs / 1000} s and was stopped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, { cause: error });
    throw error;
  } finally {
    clearTimeout(guard);
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).then(() => forget(profile), () => {});
  }
}
