// What only a large graph's renderer uses (edge-stream.ts, node-pick.ts, the GPU warm-up's end), in a
// chunk of its own: the bundled atlas's first page does not load it.
export { streamEdges } from './edge-stream';
export { nodeAtPoint } from './node-pick';
export { EdgeThinLineProgram as thinLines } from './edge-thin';
export { gpuWarmed } from './gpu-warmup';
