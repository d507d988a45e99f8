// The GPU started while a file is read. The first WebGL context a page makes stops its thread for
// 0.2-0.3 s on this machine's software WebGL (the GPU process sets it up); later ones take ~15 ms. A
// Worker makes that first one on an OffscreenCanvas when a file starts to open (a link's ?file= as
// the app starts), in parallel with its download and parsing, so sigma's own context is a later one.
// The bundled atlas draws too soon after the start for this to help (measured: no gain), so it is
// not done for it.
// Where Workers or OffscreenCanvas are missing, nothing happens and sigma pays the cost itself.

let started = false;
let done: Promise<void> = Promise.resolve();

/** Starts the warm-up (once a page); the Worker ends itself once its context exists (or failed). */
export function warmUpGpu(): void {
  if (started || typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  started = true;
  try {
    const worker = new Worker(new URL('./gpu-warmup-worker.ts', import.meta.url), { type: 'module' });
    done = new Promise<void>((resolve) => {
      const end = () => { worker.terminate(); resolve(); };
      worker.onmessage = end;
      worker.onerror = end;
    });
  } catch {
    // No Worker here (a restrictive policy): the first frame makes the first context.
  }
}

/**
 * Resolves once the warm-up's context exists (at once if none was started), or after `limitMs`:
 * sigma's context made before that would pay the first context's cost on the page's thread (measured
 * on a 1k file that arrived before the Worker was done: 144 ms of a 208 ms task).
 */
export function gpuWarmed(limitMs = 1000): Promise<void> {
  return Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
