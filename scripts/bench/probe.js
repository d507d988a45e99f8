// In-page probe for `npm run bench`, added with context.addInitScript so it runs in every page before
// the page's own scripts. Plain JavaScript on purpose: tsx would wrap functions passed through
// page.evaluate in helpers the page lacks, so the driver only evaluates strings like
// "window.__bench.settle()".
//
// What it records, the same way on every page (bare, current build, an older baseline):
// - the first WebGL draw call of the page (drawArrays/drawElements and their instanced forms, hooked
//   on the prototypes), and the time two requestAnimationFrame callbacks later: "on screen";
// - the timeStamp of the latest mousemove, for the first-hover measure;
// - every main-thread long task (PerformanceObserver 'longtask', from the document's start), and
//   the timeStamp of the latest mouseup, for the scale bench (scale-run.ts).
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
  const twoFrames = () => nextFrame().then(nextFrame);
  const withTimeout = (promise, ms, what) => Promise.race([promise, new Promise((_resolve, reject) =>
    setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);

  const s = { draws: 0, firstDraw: null, firstFrame: null, glOnScreen: null, lastMove: null, waiters: [], hover: null, lastGpuWait: null, probeWaits: [] };

  function drew() {
    s.draws++;
    if (s.firstDraw === null) {
      s.firstDraw = now();
      performance.mark('bench:first-gl-draw');
      nextFrame().then((t) => { s.firstFrame = t; return nextFrame(); }).then((t) => {
        s.glOnScreen = t;
        performance.mark('bench:gl-on-screen');
      });
    }
    if (s.waiters.length) {
      const waiters = s.waiters;
      s.waiters = [];
      for (const f of waiters) f();
    }
  }

  const hooks = [
    [window.WebGLRenderingContext, ['drawArrays', 'drawElements']],
    [window.WebGL2RenderingContext, ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']],
    [window.ANGLEInstancedArrays, ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE']],
  ];
  for (const [type, names] of hooks) {
    if (!type) continue;
    for (const name of names) {
      const original = type.prototype[name];
      if (typeof original !== 'function') continue;
      type.prototype[name] = function (...args) {
        const result = original.apply(this, args);
        drew();
        return result;
      };
    }
  }

  let gpuProbe = null;
  /** Blocks until the GPU process has done everything queued before it (and this 1-pixel read). */
  function gpuRoundTrip() {
    if (!gpuProbe) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      gpuProbe = canvas.getContext('webgl', { antialias: false, depth: false, stencil: false });
    }
    if (!gpuProbe) return;
    gpuProbe.clear(gpuProbe.COLOR_BUFFER_BIT);
    gpuProbe.readPixels(0, 0, 1, 1, gpuProbe.RGBA, gpuProbe.UNSIGNED_BYTE, new Uint8Array(4));
  }

  window.addEventListener('mousemove', (event) => { s.lastMove = event.timeStamp; }, { capture: true, passive: true });
  window.addEventListener('mouseup', (event) => { s.lastUp = event.timeStamp; }, { capture: true, passive: true });

  s.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long task API: the scale bench reports none measured */ }

  const atlas = () => {
    const a = window.__atlas;
    if (!a?.renderer || !a?.graph) throw new Error('the page exposes no window.__atlas = { renderer, graph }');
    return a;
  };

  window.__bench = {
    state: s,

    /** True once the page has drawn, is on screen, and has exposed its renderer. */
    ready: () => s.glOnScreen !== null && !!window.__atlas?.renderer,

    /** The page's own marks, the probe's times, and what it fetched (Resource Timing). */
    loadFigures() {
      const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstDrawMark: mark('atlas:first-draw'),
        onScreenMark: mark('atlas:on-screen'),
        firstGlDraw: s.firstDraw,
        firstFrameAfterDraw: s.firstFrame,
        glOnScreen: s.glOnScreen,
        document: nav ? { name: nav.name, responseEnd: nav.responseEnd } : null,
        resources: performance.getEntriesByType('resource').map((e) => ({
          name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize,
        })),
        nodes: window.__atlas?.graph?.order ?? null,
        edges: window.__atlas?.graph?.size ?? null,
      };
    },

    /**
     * Resolves once the page is at rest: two frames in a row with no WebGL draw call, then a
     * round trip through the GPU process (a 1-pixel readPixels on a context of the probe's own, which
     * waits behind the work still queued there: with software GL a frame's swap can take far longer
     * than the renderer's rAF loop suggests), then again two frames with no draw.
     */
    async settle(limitMs = 15000) {
      const end = now() + limitMs;
      const quiet = async () => {
        for (;;) {
          const before = s.draws;
          await twoFrames();
          if (s.draws === before) return;
          if (now() > end) throw new Error(`the page was still drawing ${limitMs} ms later`);
        }
      };
      await quiet();
      const started = now();
      gpuRoundTrip();
      s.lastGpuWait = now() - started;
      // The probe's own wait: the long task it makes is the harness's, not the page's.
      s.probeWaits.push({ start: started, end: now() });
      await quiet();
      return s.lastGpuWait;
    },

    /**
     * Where to put the mouse: the highest-degree node whose centre is over the sigma container (not
     * under a panel), and the blank point of the container farthest from every node. Viewport px.
     */
    hoverTargets() {
      const { renderer, graph } = atlas();
      const container = renderer.getContainer();
      const box = container.getBoundingClientRect();
      const over = (x, y) => {
        const el = document.elementFromPoint(x, y);
        return !!el && container.contains(el);
      };
      const nodes = [];
      graph.forEachNode((id, attributes) => {
        const data = renderer.getNodeDisplayData(id);
        if (!data || data.hidden) return;
        const p = renderer.framedGraphToViewport(data);
        nodes.push({
          id, x: box.left + p.x, y: box.top + p.y, r: renderer.scaleSize(data.size),
          degree: typeof attributes.degree === 'number' ? attributes.degree : graph.degree(id),
        });
      });
      nodes.sort((a, b) => b.degree - a.degree);
      const node = nodes.find((n) => n.x > box.left + 2 && n.x < box.right - 2 && n.y > box.top + 2 && n.y < box.bottom - 2 && over(n.x, n.y));
      if (!node) throw new Error('no node is visible over the canvas');
      let blank = null;
      for (let y = box.top + 8; y < box.bottom - 8; y += 16) {
        for (let x = box.left + 8; x < box.right - 8; x += 16) {
          let clearance = Infinity;
          for (const n of nodes) clearance = Math.min(clearance, Math.hypot(n.x - x, n.y - y) - n.r);
          if ((!blank || clearance > blank.clearance) && over(x, y)) blank = { x, y, clearance };
        }
      }
      if (!blank) throw new Error('no blank point over the canvas');
      return { node, blank, topDegreeNode: nodes[0].id };
    },

    /**
     * Arms the first-hover measure: on sigma's next enterNode, waits for the next WebGL draw call
     * (sigma's hover render, or the app's re-render), then two frames. Read the result from
     * `window.__bench.state.hover` (a promise).
     */
    armHover(limitMs = 10000) {
      const { renderer } = atlas();
      s.hover = withTimeout(new Promise((resolve) => {
        renderer.once('enterNode', ({ node }) => {
          const move = s.lastMove;
          const entered = now();
          s.waiters.push(() => {
            const drawn = now();
            performance.mark('bench:hover-drawn');
            twoFrames().then((t) => {
              performance.mark('bench:hover-on-screen');
              resolve({ node, moveTimeStamp: move, enterAfterMove: entered - move, drawnAfterMove: drawn - move, onScreenAfterMove: t - move });
            });
          });
        });
      }), limitMs, 'first hover (enterNode, then a draw)');
      s.hover.catch(() => {}); // reported when the driver reads it
      return true;
    },

    /** The long tasks that started before `until` (ms after navigation), longest first. */
    longTasksBefore(until) {
      const probes = s.probeWaits;
      const isProbe = (t) => probes.some((p) => t.start <= p.start && t.start + t.duration >= p.end - 1);
      return s.longTasks.filter((t) => t.start < until && !isProbe(t)).sort((a, b) => b.duration - a.duration);
    },

    /**
     * hoverTargets for large graphs, in time linear in the nodes: the highest-degree node with a
     * point of its disc that no other disc covers (at a hub's centre smaller nodes are often drawn
     * over it, and sigma would pick them), and the centre of the 8-px cell farthest from any disc (a
     * distance transform over the cells each disc covers).
     */
    scaleHoverTargets() {
      const { renderer, graph } = atlas();
      const container = renderer.getContainer();
      const box = container.getBoundingClientRect();
      const over = (x, y) => { const el = document.elementFromPoint(x, y); return !!el && container.contains(el); };
      const cell = 8, cols = Math.ceil(box.width / cell), rows = Math.ceil(box.height / cell);
      const far = 1e9;
      const dist = new Float64Array(cols * rows).fill(far);
      // Discs per 2-px cell, to find a point of a node's disc that is its alone.
      const fine = 2, fcols = Math.ceil(box.width / fine), frows = Math.ceil(box.height / fine);
      const cover = new Uint16Array(fcols * frows);
      const discs = [];
      let top = null;
      graph.forEachNode((id, attributes) => {
        const data = renderer.getNodeDisplayData(id);
        if (!data || data.hidden) return;
        const p = renderer.framedGraphToViewport(data);
        const r = renderer.scaleSize(data.size);
        const degree = typeof attributes.degree === 'number' ? attributes.degree : graph.degree(id);
        if (!top || degree > top.degree) top = { id, degree };
        discs.push({ id, x: p.x, y: p.y, r, degree });
        const c0 = Math.max(0, Math.floor((p.x - r) / cell)), c1 = Math.min(cols - 1, Math.floor((p.x + r) / cell));
        const r0 = Math.max(0, Math.floor((p.y - r) / cell)), r1 = Math.min(rows - 1, Math.floor((p.y + r) / cell));
        for (let j = r0; j <= r1; j++) for (let i = c0; i <= c1; i++) dist[j * cols + i] = 0;
        const f0 = Math.max(0, Math.floor((p.x - r) / fine)), f1 = Math.min(fcols - 1, Math.floor((p.x + r) / fine));
        const g0 = Math.max(0, Math.floor((p.y - r) / fine)), g1 = Math.min(frows - 1, Math.floor((p.y + r) / fine));
        for (let j = g0; j <= g1; j++) for (let i = f0; i <= f1; i++) {
          const dx = (i + 0.5) * fine - p.x, dy = (j + 0.5) * fine - p.y;
          if (dx * dx + dy * dy <= r * r) cover[j * fcols + i]++;
        }
      });
      discs.sort((a, b) => b.degree - a.degree);
      let node = null;
      for (const d of discs) {
        // A point well inside the disc (70 % of its radius) covered by this disc alone.
        const rr = 0.7 * d.r;
        const f0 = Math.max(0, Math.floor((d.x - rr) / fine)), f1 = Math.min(fcols - 1, Math.floor((d.x + rr) / fine));
        const g0 = Math.max(0, Math.floor((d.y - rr) / fine)), g1 = Math.min(frows - 1, Math.floor((d.y + rr) / fine));
        let best = null;
        for (let j = g0; j <= g1; j++) for (let i = f0; i <= f1; i++) {
          const x = (i + 0.5) * fine, y = (j + 0.5) * fine, dx = x - d.x, dy = y - d.y;
          if (dx * dx + dy * dy > rr * rr || cover[j * fcols + i] !== 1) continue;
          const centre = dx * dx + dy * dy;
          if (!best || centre < best.centre) best = { x: box.left + x, y: box.top + y, centre };
        }
        if (best && best.x > box.left + 2 && best.x < box.right - 2 && best.y > box.top + 2 && best.y < box.bottom - 2 && over(best.x, best.y)) {
          node = { id: d.id, x: best.x, y: best.y, degree: d.degree };
          break;
        }
      }
      if (!node) throw new Error('no node is visible over the canvas');
      // Two-pass chamfer distance (in cells) to the nearest covered cell.
      const at = (i, j) => dist[j * cols + i];
      for (let j = 0; j < rows; j++) for (let i = 0; i < cols; i++) {
        let d = at(i, j);
        if (i > 0) d = Math.min(d, at(i - 1, j) + 1);
        if (j > 0) d = Math.min(d, at(i, j - 1) + 1, i > 0 ? at(i - 1, j - 1) + 1.4 : far, i < cols - 1 ? at(i + 1, j - 1) + 1.4 : far);
        dist[j * cols + i] = d;
      }
      for (let j = rows - 1; j >= 0; j--) for (let i = cols - 1; i >= 0; i--) {
        let d = at(i, j);
        if (i < cols - 1) d = Math.min(d, at(i + 1, j) + 1);
        if (j < rows - 1) d = Math.min(d, at(i, j + 1) + 1, i < cols - 1 ? at(i + 1, j + 1) + 1.4 : far, i > 0 ? at(i - 1, j + 1) + 1.4 : far);
        dist[j * cols + i] = d;
      }
      let blank = null;
      for (let j = 1; j < rows - 1; j++) for (let i = 1; i < cols - 1; i++) {
        const d = at(i, j);
        const x = box.left + (i + 0.5) * cell, y = box.top + (j + 0.5) * cell;
        if ((!blank || d > blank.clearance) && over(x, y)) blank = { x, y, clearance: d * cell };
      }
      if (!blank) throw new Error('no blank point over the canvas');
      return { node, blank, topDegreeNode: top.id };
    },

    /**
     * The scale bench's hover: from the mousemove to sigma's enterNode, then to the frame that shows
     * the hover. On a page that re-renders on hover (the app: its reducers fade all but the
     * neighbourhood) that is two rAFs after the first full render (afterRender) following enterNode;
     * on the bare page, two rAFs after the first WebGL draw (sigma's hover layer).
     */
    armScaleHover(limitMs = 10000) {
      const { renderer } = atlas();
      const full = typeof window.__atlas.labels === 'function';
      s.hover = withTimeout(new Promise((resolve) => {
        renderer.once('enterNode', ({ node }) => {
          const move = s.lastMove;
          const entered = now();
          const shown = () => {
            const drawn = now();
            twoFrames().then((t) => resolve({ node, moveTimeStamp: move, enterAfterMove: entered - move, drawnAfterMove: drawn - move, onScreenAfterMove: t - move }));
          };
          if (full) renderer.once('afterRender', shown);
          else s.waiters.push(shown);
        });
      }), limitMs, 'scale hover (enterNode, then the hover frame)');
      s.hover.catch(() => {});
      return true;
    },

    /**
     * Arms the click measure: from the next mouseup to the moment `selector` is in the document
     * (the app's biography panel), then two rAFs. Read the result from `window.__bench.state.click`.
     */
    armClick(selector, limitMs = 10000) {
      s.click = withTimeout(new Promise((resolve) => {
        const check = () => {
          if (s.lastUp !== undefined && s.lastUp > s.clickArmedAt && document.querySelector(selector)) {
            const found = now();
            twoFrames().then((t) => resolve({ upTimeStamp: s.lastUp, foundAfterUp: found - s.lastUp, onScreenAfterUp: t - s.lastUp }));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }), limitMs, `click (${selector})`);
      s.clickArmedAt = now();
      s.click.catch(() => {});
      return true;
    },

    /**
     * The same zoom/pan for every page: from the view at rest, zoom in 3× while panning, over 1 s, then
     * back to the start over 1 s (sigma's camera.animate, quadraticInOut). Returns the afterRender times.
     */
    async zoomPan() {
      const { renderer } = atlas();
      const camera = renderer.getCamera();
      const start = camera.getState();
      const renders = [];
      // The app reports how long its label placement took in each frame; the bare page has none.
      const labelTimes = [];
      const tick = () => {
        renders.push(now());
        const labelTime = atlas().labelTime;
        if (typeof labelTime === 'function') labelTimes.push(labelTime());
      };
      renderer.on('afterRender', tick);
      const began = now();
      try {
        await camera.animate({ x: start.x + 0.12, y: start.y - 0.08, ratio: start.ratio / 3 }, { duration: 1000, easing: 'quadraticInOut' });
        await camera.animate(start, { duration: 1000, easing: 'quadraticInOut' });
        await twoFrames();
      } finally {
        renderer.off('afterRender', tick);
      }
      return { began, ended: now(), renders, labelTimes };
    },
  };
})();
