// Relations handed to the GPU in slices (issue 10): on a large graph, sigma's full refresh and its
// `process` step would reduce and place every relation in one task — 40k relations at 10k nodes, 200k
// at 50k, hundreds of milliseconds with the page frozen. Here the nodes are processed at once, as sigma
// does, and the relations follow in slices of a few milliseconds each, between which the page stays
// responsive and each slice is drawn as it lands. sigma 3.0.3 is pinned (package.json): this reuses its
// internal fields and steps, named in `Internals` below.
import type Sigma from 'sigma';

interface EdgeData { type: string; zIndex: number; hidden: boolean }
interface Program { reallocate(capacity: number): void }

/** The parts of sigma 3.0.3 that `process` and `refresh` use (private in its typings). */
interface Internals {
  graph: ReturnType<Sigma['getGraph']>;
  settings: { zIndex: boolean };
  edgePrograms: Record<string, Program>;
  edgeDataCache: Record<string, EdgeData | undefined>;
  edgeProgramIndex: Record<string, number | undefined>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  edgeZExtent: [number, number];
  nodeDataCache: Record<string, unknown>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
  needToProcess: boolean;
  addNode(node: string): void;
  addEdge(edge: string): void;
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  scheduleRender(): unknown;
  render(): unknown;
}

type RefreshOptions = Parameters<Sigma['refresh']>[0];

/** sigma's per-node caches that `addNode` fills. */
interface NodeCaches { cache: Record<string, unknown>; forced: Set<string>; highlighted: Set<string>; z: [number, number] }

/** How long one slice may run before it yields to the page (ms). */
export const SLICE_MS = 12;
/** How often the relations placed so far are drawn while the slices run (ms). */
export const SHOW_EVERY_MS = 250;

/** Runs `run` in a task of its own, soon (a message, not a clamped timeout). */
function nextTask(run: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => { if (live) run(); channel.port1.close(); };
  channel.port2.postMessage(null);
  return () => { live = false; channel.port1.close(); };
}

export interface EdgeStream {
  /** Whether every relation has been reduced and placed since the last change. */
  readonly complete: boolean;
  /** Reduces and places what is left now, in this task (before an export reads the display data). */
  flush(): void;
  /** Resolves when every relation is placed (at once if they are). */
  drawn(): Promise<void>;
  /** Resolves when the nodes have been drawn once (the constructor leaves them to the next task). */
  nodesDrawn(): Promise<void>;
  dispose(): void;
}

/**
 * Replaces `renderer`'s `process` and `refresh` by sliced versions. Call it on the renderer's
 * prototype before the constructor runs: the constructor's own refresh is the first one sliced.
 * `onDrawn` is called each time every relation has been placed.
 */
export function streamEdges(proto: Sigma, onDrawn?: () => void): (renderer: Sigma) => EdgeStream {
  const states = new WeakMap<Sigma, StreamState>();
  const stateOf = (renderer: Sigma): StreamState => {
    let state = states.get(renderer);
    if (!state) {
      state = new StreamState(renderer as unknown as Internals, () => onDrawn?.());
      states.set(renderer, state);
    }
    return state;
  };
  const superProcess = (proto as unknown as { process(this: Sigma): Sigma }).process;
  const superRefresh = proto.refresh;

  (proto as unknown as { process(this: Sigma): Sigma }).process = function process() {
    const s = this as unknown as Internals;
    const state = stateOf(this);
    // The nodes as sigma does them (extent, label grid, node programs); the relations are left out.
    const graph = s.graph;
    const programs = s.edgePrograms;
    const edgeIndices = s.edgeIndices;
    s.graph = Object.create(graph, { edges: { value: () => [] } }) as Internals['graph'];
    s.edgePrograms = {};
    try {
      superProcess.call(this);
    } finally {
      s.graph = graph;
      s.edgePrograms = programs;
      s.edgeIndices = edgeIndices;
    }
    state.nodesProcessed();
    return this;
  };

  proto.refresh = function refresh(this: Sigma, options?: RefreshOptions) {
    const s = this as unknown as Internals;
    const state = stateOf(this);
    if (!options?.partialGraph) {
      // The constructor's refresh: sigma's WebGL setup is this task's work; the nodes come in the next.
      if (state.defer(() => this.refresh(options))) return this;
      // A full refresh: the nodes are reduced now (the first time, they were in slices before it),
      // the relations by the slices.
      s.clearEdgeIndices();
      if (!state.takeReducedNodes()) {
        s.clearNodeIndices();
        s.graph.forEachNode((node) => s.addNode(node));
      }
      state.invalidate();
      s.needToProcess = true;
      if (options?.schedule) s.scheduleRender();
      else s.render();
      return this;
    }
    // A partial refresh: relations not placed yet are reduced again when their slice comes.
    const edges = options.partialGraph.edges;
    if (edges?.length && !state.complete) {
      const placed = edges.filter((e) => s.edgeProgramIndex[e] !== undefined);
      for (const e of edges) if (s.edgeProgramIndex[e] === undefined && s.edgeDataCache[e]) s.addEdge(e);
      return superRefresh.call(this, { ...options, partialGraph: { ...options.partialGraph, edges: placed } });
    }
    return superRefresh.call(this, options);
  };

  return (renderer) => {
    const state = stateOf(renderer);
    return {
      get complete() { return state.complete; },
      flush: () => state.flush(),
      drawn: () => state.drawn(),
      nodesDrawn: () => state.nodesDrawn(),
      dispose: () => state.dispose(),
    };
  };
}

/** One renderer's relations: reduced, ordered, then placed into their programs, slice by slice. */
class StreamState {
  /** Relations in drawing order, once all are reduced; null until then (or after a change). */
  private order: string[] | null = null;
  private reduceAt = 0;
  private placeAt = 0;
  private placing = false;
  /** A node moved while relations were being placed: one more pass follows. */
  private again = false;
  private cancel: (() => void) | null = null;
  private waiting: (() => void)[] = [];
  private edgeList: string[] | null = null;
  private disposed = false;
  private shown = -Infinity;
  private begun = false;
  private first: (() => void) | null = null;
  private cancelFirst: (() => void) | null = null;
  private nodesSeen = false;
  private nodesWaiting: (() => void)[] = [];
  private offsets: Record<string, number> = {};
  private fingerprint = 0;
  private readonly onGraphChange = () => this.invalidate();

  constructor(private readonly s: Internals, private readonly onDrawn: () => void) {
    for (const event of ['edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) s.graph.on(event, this.onGraphChange);
  }

  get complete(): boolean {
    return this.order !== null && !this.placing;
  }

  /** The relations (or their reducers' input) changed: everything is reduced and placed again. */
  invalidate(): void {
    this.order = null;
    this.edgeList = null;
    this.reduceAt = 0;
    this.placing = false;
  }

  /**
   * Whether the first full refresh is put off to a task of its own (it is, once): `run` does it then,
   * or at once if something needs the display data before (flush).
   */
  defer(run: () => void): boolean {
    if (this.begun) return false;
    this.begun = true;
    this.first = run;
    this.s.clearNodeIndices();
    this.reducing = { nodes: this.s.graph.nodes(), at: 0, cache: {}, forced: new Set(), highlighted: new Set(), z: [Infinity, -Infinity] };
    this.cancelFirst = nextTask(() => this.reduceFirst(SLICE_MS));
    return true;
  }

  /**
   * Before the first full refresh, the nodes are reduced a slice per task (50k nodes: ~80 ms) into
   * caches of their own, so a frame drawn meanwhile sees none of them half done; the refresh then
   * takes them (`takeReducedNodes`) and sigma's process follows in its task.
   */
  private reducing: (NodeCaches & { nodes: string[]; at: number }) | null = null;
  private reduced = false;

  private reduceFirst(budget: number): void {
    this.cancelFirst = null;
    const r = this.reducing;
    if (!r || this.disposed) return;
    const s = this.s;
    const kept = this.installNodeCaches(r);
    const end = performance.now() + budget;
    try {
      while (r.at < r.nodes.length) {
        const stop = Math.min(r.nodes.length, r.at + 256);
        for (let i = r.at; i < stop; i++) s.addNode(r.nodes[i]);
        r.at = stop;
        if (performance.now() > end) break;
      }
    } finally {
      this.installNodeCaches(kept);
    }
    if (r.at < r.nodes.length) this.cancelFirst = nextTask(() => this.reduceFirst(SLICE_MS));
    else {
      this.reduced = true;
      this.runFirst();
    }
  }

  /** Whether the nodes were reduced before the first refresh; if so, sigma now holds them. */
  takeReducedNodes(): boolean {
    const r = this.reducing;
    this.reducing = null;
    if (!r || !this.reduced || r.nodes.length !== this.s.graph.order) return false;
    this.installNodeCaches(r);
    return true;
  }

  /** Puts `caches` in sigma's place for its node caches, and gives back the ones it held. */
  private installNodeCaches(caches: NodeCaches): NodeCaches {
    const s = this.s;
    const held: NodeCaches = { cache: s.nodeDataCache, forced: s.nodesWithForcedLabels, highlighted: s.highlightedNodes, z: s.nodeZExtent };
    [s.nodeDataCache, s.nodesWithForcedLabels, s.highlightedNodes, s.nodeZExtent] = [caches.cache, caches.forced, caches.highlighted, caches.z];
    return held;
  }

  private runFirst(): void {
    // Asked for before the slices are done (an export): the rest are reduced now.
    if (this.reducing && !this.reduced && this.first) {
      this.cancelFirst?.();
      this.reduceFirst(Infinity);
      return;
    }
    const run = this.first;
    this.first = null;
    this.cancelFirst?.();
    this.cancelFirst = null;
    if (run && !this.disposed) run();
  }

  nodesDrawn(): Promise<void> {
    if (this.nodesSeen) return Promise.resolve();
    return new Promise((resolve) => this.nodesWaiting.push(resolve));
  }

  /** sigma processed the nodes (a refresh, or a node moved): the relations are placed again from their new ends. */
  nodesProcessed(): void {
    if (this.disposed) return;
    if (!this.nodesSeen) {
      this.nodesSeen = true;
      // After this render has drawn them (process runs at the start of sigma's render).
      const waiting = this.nodesWaiting;
      this.nodesWaiting = [];
      queueMicrotask(() => { for (const resolve of waiting) resolve(); });
    }
    if (this.order && this.placing) this.again = true;
    else if (this.order) this.startPlacing();
    this.schedule();
  }

  flush(): void {
    this.runFirst();
    if (this.complete || this.disposed) return;
    while (!this.complete && !this.disposed) this.step(Infinity);
    this.s.scheduleRender();
  }

  drawn(): Promise<void> {
    if (this.complete) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.cancel?.();
    this.cancel = null;
    this.cancelFirst?.();
    this.cancelFirst = null;
    for (const event of ['edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) this.s.graph.off(event, this.onGraphChange);
  }

  private schedule(): void {
    if (this.cancel || this.disposed) return;
    this.cancel = nextTask(() => {
      this.cancel = null;
      this.step(SLICE_MS);
      if (!this.complete) this.schedule();
      // A frame of every relation is the GPU's heaviest work (~0.3 s at 40k with software WebGL): the
      // slices are shown a few times a second, and once more when the last has landed.
      const now = performance.now();
      if (this.complete || now - this.shown >= SHOW_EVERY_MS) {
        this.shown = now;
        this.s.scheduleRender();
      }
    });
  }

  /** Does up to `budget` ms of reducing or placing. */
  private step(budget: number): void {
    const s = this.s;
    const end = performance.now() + budget;
    if (!this.order) {
      const edges = (this.edgeList ??= s.graph.edges());
      // Reduce: sigma's addEdge (the edge reducer, defaults, zIndex extent).
      while (this.reduceAt < edges.length) {
        const stop = Math.min(edges.length, this.reduceAt + 256);
        for (let i = this.reduceAt; i < stop; i++) if (!s.edgeDataCache[edges[i]]) s.addEdge(edges[i]);
        this.reduceAt = stop;
        if (performance.now() > end) return;
      }
      this.order = this.ordered(edges);
      this.startPlacing();
      if (performance.now() > end) return;
    }
    if (!this.placing) return;
    const order = this.order;
    while (this.placeAt < order.length) {
      const stop = Math.min(order.length, this.placeAt + 256);
      for (let i = this.placeAt; i < stop; i++) {
        const edge = order[i];
        const data = s.edgeDataCache[edge]!;
        const id = this.fingerprint + i;
        s.edgeIndices[edge] = id;
        s.itemIDsIndex[id] = { type: 'edge', id: edge };
        s.addEdgeToProgram(edge, id, this.offsets[data.type]++);
      }
      this.placeAt = stop;
      if (performance.now() > end) return;
    }
    if (this.again) {
      this.again = false;
      this.startPlacing();
      return;
    }
    this.placing = false;
    this.onDrawn();
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** sigma's edge order: by zIndex when the reducers gave different ones (a stable sort, as sigma's). */
  private ordered(edges: string[]): string[] {
    const s = this.s;
    if (!s.settings.zIndex || s.edgeZExtent[0] === s.edgeZExtent[1]) return edges;
    const z = (e: string) => s.edgeDataCache[e]?.zIndex || 0;
    return edges.slice().sort((a, b) => z(a) - z(b));
  }

  /** Sizes the programs for the relations (kept when the count is the same) and starts from the first. */
  private startPlacing(): void {
    const s = this.s;
    const counts: Record<string, number> = {};
    for (const edge of this.order!) {
      const type = s.edgeDataCache[edge]!.type;
      counts[type] = (counts[type] ?? 0) + 1;
    }
    for (const type in s.edgePrograms) {
      if (!Object.prototype.hasOwnProperty.call(s.edgePrograms, type)) continue;
      s.edgePrograms[type].reallocate(counts[type] ?? 0);
      counts[type] = 0;
    }
    for (const type in counts) if (!s.edgePrograms[type]) throw new Error(`Sigma: could not find a suitable program for edge type "${type}"!`);
    this.offsets = counts;
    // Fingerprints follow the nodes', as in sigma's process.
    this.fingerprint = s.graph.order + 1;
    this.placeAt = 0;
    this.placing = true;
  }
}
