// Live ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2/worker), with noverlap after a
// stop and a reset to the precomputed positions. Loaded on demand, never on the first page.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { Graph } from '../model/graph-type';
import { FA2_SETTINGS, NOVERLAP_SETTINGS } from './settings';

/** Runs, stops and resets the layout of one graph. */
export class LiveLayout {
  private readonly graph: Graph;
  private readonly initial: Map<string, { x: number; y: number }>;
  private readonly sizeOf: (node: string) => number;
  private worker: FA2Layout | null = null;

  constructor(graph: Graph, sizeOf: (node: string) => number) {
    this.graph = graph;
    this.sizeOf = sizeOf;
    this.initial = new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  }

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  start(): void {
    this.worker ??= new FA2Layout(this.graph, { settings: FA2_SETTINGS, getEdgeWeight: null });
    this.worker.start();
  }

  /** Stops the worker, then spreads overlapping nodes so labels stay readable. */
  stop(): void {
    this.worker?.stop();
    noverlap.assign(this.graph, {
      ...NOVERLAP_SETTINGS,
      inputReducer: (key, attrs) => ({ x: attrs.x as number, y: attrs.y as number, size: this.sizeOf(key) / 2 }),
      outputReducer: (_key, pos) => ({ x: pos.x, y: pos.y }),
    });
  }

  /** Puts every node back where the build placed it. */
  reset(): void {
    this.worker?.stop();
    this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...this.initial.get(node) }), { attributes: ['x', 'y'] });
  }

  kill(): void {
    this.worker?.kill();
    this.worker = null;
  }
}
