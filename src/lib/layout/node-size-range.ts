// The range of node radii, in pixels at zoom 1: apart from node-size.ts so that what the first page
// needs (the smallest radius) does not bring d3-scale with it.

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;
