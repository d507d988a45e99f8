// What only a large graph's renderer uses (edge-stream.ts, node-pick.ts), in a chunk of its own: the
// bundled atlas's first page does not load it.
export { streamEdges } from './edge-stream';
export { nodeAtPoint } from './node-pick';
export { EdgeThinLineProgram as thinLines } from './edge-thin';
