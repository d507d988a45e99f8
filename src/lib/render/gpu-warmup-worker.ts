// Makes one WebGL2 context and answers: the browser's first context of a page costs it 0.2-0.3 s
// (with software WebGL), spent here, off the page's thread (gpu-warmup.ts).
const canvas = new OffscreenCanvas(1, 1);
const gl = canvas.getContext('webgl2');
gl?.clear(gl.COLOR_BUFFER_BIT);
gl?.finish();
postMessage(gl !== null);
