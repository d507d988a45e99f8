// The GPU started while the page loads. The first WebGL context a page makes stops its thread for
// 0.2-0.3 s on this machine's software WebGL (the GPU process sets it up); later ones take ~15 ms. A
// Worker makes that first one on an OffscreenCanvas as soon as the app starts, in parallel with the
// download and parsing of the graph, so sigma's own context, made for the first frame, is a later one.
// Where Workers or OffscreenCanvas are missing, nothing happens and sigma pays the cost itself.

/** Starts the warm-up; the Worker ends itself once its context exists (or failed). */
export function warmUpGpu(): void {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  try {
    const worker = new Worker(new URL('./gpu-warmup-worker.ts', import.meta.url), { type: 'module' });
    const end = () => worker.terminate();
    worker.onmessage = end;
    worker.onerror = end;
  } catch {
    // No Worker here (a restrictive policy): the first frame makes the first context.
  }
}
