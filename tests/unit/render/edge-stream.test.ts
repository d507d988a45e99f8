// The relations of a large graph go to the GPU in slices (edge-stream.ts). sigma itself needs WebGL, so
// these tests drive the sliced steps on a stand-in with sigma 3.0.3's fields and steps: every relation
// ends in exactly one slot, in sigma's zIndex order, a change re-streams them, an export's flush
// finishes at once, and a partial refresh never asks sigma to repaint a relation that has no slot yet.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { streamEdges } from '../../../src/lib/render/edge-stream';

type Data = { type: string; zIndex: number; hidden: boolean };

/** sigma 3.0.3's process / refresh, reduced to what they do with relations. */
class FakeSigma {
  settings = { zIndex: true };
  edgePrograms: Record<string, { capacity: number; slots: (string | undefined)[]; reallocate(c: number): void }> = {};
  edgeDataCache: Record<string, Data | undefined> = {};
  edgeProgramIndex: Record<string, number | undefined> = {};
  edgeIndices: Record<string, number> = {};
  nodeIndices: Record<string, number> = {};
  itemIDsIndex: Record<number, { type: string; id: string }> = {};
  edgeZExtent: [number, number] = [Infinity, -Infinity];
  needToProcess = false;
  renders = 0;
  reduced = 0;
  repainted: string[] = [];
  zOf: (edge: string) => number = () => 0;
  constructor(public graph: Graph) {
    for (const type of ['line', 'curved']) {
      const program = { capacity: 0, slots: [] as (string | undefined)[], reallocate(c: number) { if (c !== this.capacity) { this.capacity = c; this.slots = new Array(c); } } };
      this.edgePrograms[type] = program;
    }
  }
  nodeDataCache: Record<string, unknown> = {};
  nodesWithForcedLabels = new Set<string>();
  highlightedNodes = new Set<string>();
  nodeZExtent: [number, number] = [Infinity, -Infinity];
  nodesReduced = 0;
  /** Microseconds one node's reduction takes (to make the first refresh need several slices). */
  nodeCost = 0;
  addNode(node: string) {
    const end = performance.now() + this.nodeCost / 1000;
    while (performance.now() < end) { /* a reducer's work */ }
    this.nodesReduced++;
    this.nodeDataCache[node] = { x: 0, y: 0 };
    if (node === 'n0') this.nodesWithForcedLabels.add(node);
  }
  addEdge(edge: string) {
    this.reduced++;
    const z = this.zOf(edge);
    this.edgeDataCache[edge] = { type: this.graph.getEdgeAttribute(edge, 'type') ?? 'line', zIndex: z, hidden: false };
    if (z < this.edgeZExtent[0]) this.edgeZExtent[0] = z;
    if (z > this.edgeZExtent[1]) this.edgeZExtent[1] = z;
  }
  clearNodeIndices() { this.nodeDataCache = {}; this.nodesWithForcedLabels = new Set(); this.highlightedNodes = new Set(); this.nodeZExtent = [Infinity, -Infinity]; }
  clearEdgeIndices() { this.edgeDataCache = {}; this.edgeProgramIndex = {}; this.edgeZExtent = [Infinity, -Infinity]; }
  addEdgeToProgram(edge: string, _fingerprint: number, position: number) {
    this.edgePrograms[this.edgeDataCache[edge]!.type].slots[position] = edge;
    this.edgeProgramIndex[edge] = position;
  }
  // sigma's process: nodes, then every relation of graph.edges() into programs sized by reallocate.
  process() {
    this.graph.forEachNode((n, _a) => {
      if (!this.nodeDataCache[n]) throw new Error(`the stand-in process saw node ${n} unreduced`);
      this.nodeIndices[n] = 1;
    });
    const edges = this.graph.edges();
    for (const type in this.edgePrograms) this.edgePrograms[type].reallocate(0);
    if (edges.length) throw new Error('the stand-in process saw relations: they should be left to the slices');
  }
  render() { if (this.needToProcess) { this.needToProcess = false; this.process(); } this.renders++; }
  scheduleRender() { this.render(); }
  refresh(options?: { partialGraph?: { edges?: string[] }; skipIndexation?: boolean }) {
    for (const edge of options?.partialGraph?.edges ?? []) {
      this.addEdge(edge);
      if (options?.skipIndexation) {
        if (this.edgeProgramIndex[edge] === undefined) throw new Error(`Sigma: edge "${edge}" can't be repaint`);
        this.repainted.push(edge);
      }
    }
    this.render();
    return this;
  }
}

function network(edges: number): Graph {
  const graph = new Graph({ multi: true });
  for (let i = 0; i < 50; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < edges; i++) graph.addEdgeWithKey(`e${i}`, `n${i % 50}`, `n${(i * 7 + 3) % 50}`, { type: i % 5 === 0 ? 'curved' : 'line' });
  return graph;
}

/** A stand-in renderer with sliced relations, as createRenderer makes one. */
function streamed(graph: Graph) {
  class Streamed extends FakeSigma {}
  const stream = streamEdges(Streamed.prototype as unknown as Sigma);
  const renderer = new Streamed(graph);
  const handle = stream(renderer as unknown as Sigma);
  return { renderer, handle };
}

function slotsOf(renderer: FakeSigma): string[] {
  return Object.values(renderer.edgePrograms).flatMap((p) => p.slots.filter((s): s is string => s !== undefined));
}

describe('relations streamed to the GPU in slices', () => {
  it('places every relation exactly once, after the nodes, and only in the slices', async () => {
    const graph = network(3000);
    const { renderer, handle } = streamed(graph);
    (renderer as unknown as Sigma).refresh();
    expect(handle.complete).toBe(false);
    expect(slotsOf(renderer)).toEqual([]);
    await handle.drawn();
    expect(handle.complete).toBe(true);
    const slots = slotsOf(renderer);
    expect(slots).toHaveLength(3000);
    expect(new Set(slots).size).toBe(3000);
    expect(renderer.edgePrograms.curved.capacity + renderer.edgePrograms.line.capacity).toBe(3000);
    expect(renderer.reduced).toBe(3000);
  });

  it('reduces the nodes of the first refresh a slice per task, and a frame drawn meanwhile sees none half done', async () => {
    const graph = new Graph({ multi: true });
    for (let i = 0; i < 3000; i++) graph.addNode(`n${i}`);
    for (let i = 0; i < 3000; i++) graph.addEdgeWithKey(`e${i}`, `n${i}`, `n${(i * 7 + 3) % 3000}`, { type: 'line' });
    const { renderer, handle } = streamed(graph);
    renderer.nodeCost = 20; // 3000 nodes: ~60 ms, several 12 ms slices
    const seen: number[] = [];
    const midway: number[] = [];
    const render = renderer.render.bind(renderer);
    renderer.render = () => {
      seen.push(Object.keys(renderer.nodeDataCache).length);
      if (renderer.nodesReduced > 0 && renderer.nodesReduced < 3000) midway.push(seen.at(-1)!);
      render();
    };
    (renderer as unknown as Sigma).refresh();
    expect(renderer.nodesReduced).toBe(0);
    // Frames between the slices (a camera move, say) see no reduced node at all.
    const between = setInterval(() => renderer.render(), 5);
    await handle.nodesDrawn();
    clearInterval(between);
    expect(seen.filter((n) => n !== 0 && n !== 3000)).toEqual([]);
    // Some frames came between two slices, and each saw none of the nodes reduced so far.
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.every((n) => n === 0)).toBe(true);
    expect(seen.at(-1)).toBe(3000);
    expect(renderer.nodesReduced).toBe(3000);
    expect(renderer.nodesWithForcedLabels.has('n0')).toBe(true);
    await handle.drawn();
    expect(slotsOf(renderer)).toHaveLength(3000);
  });

  it('finishes the first refresh\'s nodes at once when an export flushes mid-way', () => {
    const graph = network(100);
    const { renderer, handle } = streamed(graph);
    (renderer as unknown as Sigma).refresh();
    handle.flush();
    expect(renderer.nodesReduced).toBe(50);
    expect(handle.complete).toBe(true);
  });

  it('keeps sigma\'s zIndex order: relations of a higher zIndex come later in their program', async () => {
    const graph = network(400);
    const { renderer, handle } = streamed(graph);
    renderer.zOf = (edge) => (Number(edge.slice(1)) % 3 === 0 ? 1 : 0);
    (renderer as unknown as Sigma).refresh();
    await handle.drawn();
    for (const program of Object.values(renderer.edgePrograms)) {
      const z = program.slots.map((e) => renderer.zOf(e!));
      expect(z).toEqual([...z].sort((a, b) => a - b));
    }
  });

  it('streams again after a full refresh or a new relation, and flush finishes at once', async () => {
    const graph = network(1000);
    const { renderer, handle } = streamed(graph);
    (renderer as unknown as Sigma).refresh();
    await handle.drawn();
    graph.addEdgeWithKey('extra', 'n1', 'n2', { type: 'line' });
    (renderer as unknown as Sigma).refresh();
    expect(handle.complete).toBe(false);
    handle.flush();
    expect(handle.complete).toBe(true);
    expect(slotsOf(renderer)).toHaveLength(1001);
    expect(renderer.edgeProgramIndex.extra).toBeDefined();
  });

  it('repaints placed relations on a partial refresh, and leaves the others to their slice', async () => {
    const graph = network(2000);
    const { renderer, handle } = streamed(graph);
    (renderer as unknown as Sigma).refresh();
    handle.flush();
    (renderer as unknown as Sigma).refresh();
    // Nothing is placed yet: a hover's repaint of any relation must not reach sigma's "can't be repaint".
    expect(() => (renderer as unknown as Sigma).refresh({ partialGraph: { edges: ['e1', 'e2'] }, skipIndexation: true })).not.toThrow();
    expect(renderer.repainted).toEqual([]);
    await handle.drawn();
    (renderer as unknown as Sigma).refresh({ partialGraph: { edges: ['e1'] }, skipIndexation: true });
    expect(renderer.repainted).toEqual(['e1']);
  });

  it('places the relations again from their new ends when a node moves mid-way (one more pass)', async () => {
    const graph = network(3000);
    const { renderer, handle } = streamed(graph);
    (renderer as unknown as Sigma).refresh();
    await handle.drawn();
    const placements: string[] = [];
    const place = renderer.addEdgeToProgram.bind(renderer);
    renderer.addEdgeToProgram = (edge, fingerprint, position) => { placements.push(edge); place(edge, fingerprint, position); };
    // A layout step: sigma processes the nodes again (twice here, the second while the first pass runs).
    renderer.needToProcess = true;
    renderer.render();
    renderer.needToProcess = true;
    renderer.render();
    await handle.drawn();
    expect(placements.length).toBeGreaterThanOrEqual(3000);
    expect(placements.length).toBeLessThanOrEqual(6000);
    expect(slotsOf(renderer)).toHaveLength(3000);
    handle.dispose();
  });
});

describe('nodes under the pointer by geometry', () => {
  it('finds the disc under a point, the one on top where discs overlap, and none off them', async () => {
    const { nodeAtPoint } = await import('../../../src/lib/render/node-pick');
    const graph = new Graph();
    for (const n of ['a', 'b', 'c', 'hidden']) graph.addNode(n);
    const data: Record<string, { x: number; y: number; size: number; zIndex?: number; hidden?: boolean }> = {
      a: { x: 10, y: 10, size: 5 }, b: { x: 14, y: 10, size: 5 }, c: { x: 40, y: 40, size: 3, zIndex: 0 }, hidden: { x: 40, y: 40, size: 10, hidden: true },
    };
    // A renderer whose framed graph coordinates are its viewport's (the identity camera).
    const renderer = {
      nodeDataCache: data, edgeDataCache: {},
      framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
      scaleSize: (s: number) => s, getGraph: () => graph,
    } as unknown as Sigma;
    expect(nodeAtPoint(renderer, { x: 8, y: 10 })).toBe('a');
    // Both discs hold (12, 10): b is drawn after a, so it is on top.
    expect(nodeAtPoint(renderer, { x: 12, y: 10 })).toBe('b');
    data.a.zIndex = 1;
    expect(nodeAtPoint(renderer, { x: 12, y: 10 })).toBe('a');
    expect(nodeAtPoint(renderer, { x: 41, y: 41 })).toBe('c');
    expect(nodeAtPoint(renderer, { x: 46, y: 46 })).toBeNull();
    expect(nodeAtPoint(renderer, { x: 100, y: 100 })).toBeNull();
  });
});
