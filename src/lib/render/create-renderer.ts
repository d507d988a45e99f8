// Creates the sigma renderer so that its very first frame is final: reducers are passed in the
// settings, and a known camera (from a link, or the view before the canvas was remounted) is in
// place before sigma's constructor draws, instead of a second frame after it.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { SigmaEvents } from 'sigma/types';
import type { Graph } from '../model/graph-type';
import type { Camera } from '../query/url-state';
import type { EdgeStream } from './edge-stream';

/** A large graph's parts (large-parts.ts, loaded on demand). */
export type LargeParts = typeof import('./large-parts');

export interface RendererOptions {
  /** Runs in every frame sigma draws, at the moment sigma would draw its own labels. */
  drawLabels?: (renderer: Sigma) => void;
  /**
   * A large graph's way: the relations handed to the GPU in slices after the nodes (edge-stream.ts),
   * and the node under the pointer found by geometry, not by sigma's GPU picking (node-pick.ts).
   */
  large?: LargeParts | null;
  /** Called each time every relation has been placed (a large graph). */
  onEdgesDrawn?: () => void;
}

/** The renderer, and its relations' slicing when they are sliced. */
export type AtlasRenderer = Sigma & { readonly edgeStream: EdgeStream | null };

/**
 * A sigma renderer for the atlas graph. `drawLabels` runs in every frame sigma draws, the first one
 * (drawn inside sigma's constructor) included, at the moment sigma would draw its own labels: after
 * the nodes and edges, before the hovered and selected nodes, whose label boxes use its placement.
 */
export function createRenderer(graph: Graph, container: HTMLElement, settings: Partial<Settings>, camera: Camera | null,
  options: RendererOptions = {}): AtlasRenderer {
  let pending = camera;
  // sigma's constructor renders synchronously; its first 'beforeRender' is the last moment to
  // place the camera. Setting the fields directly emits no update, so no second frame follows.
  class AtlasSigma extends Sigma {
    override emit<E extends keyof SigmaEvents>(type: E, ...args: Parameters<SigmaEvents[E]>): boolean {
      if (pending && type === 'beforeRender') {
        const c = this.getCamera();
        c.x = pending.x;
        c.y = pending.y;
        c.ratio = c.getBoundedRatio(pending.ratio);
        pending = null;
      }
      return super.emit(type, ...args);
    }
  }
  // sigma's label step (its settings switch its own drawing off) becomes the label layer's.
  (AtlasSigma.prototype as unknown as { renderLabels(this: Sigma): Sigma }).renderLabels = function renderLabels() {
    options.drawLabels?.(this);
    return this;
  };
  const large = options.large;
  if (large) {
    const { nodeAtPoint } = large;
    (AtlasSigma.prototype as unknown as { getNodeAtPosition(this: Sigma, p: { x: number; y: number }): string | null }).getNodeAtPosition =
      function getNodeAtPosition(position) { return nodeAtPoint(this, position); };
  }
  const stream = large ? large.streamEdges(AtlasSigma.prototype, options.onEdgesDrawn) : null;
  const renderer = new AtlasSigma(graph, container, settings);
  if (large) {
    // Nothing reads sigma's node picking framebuffer any more: its pass (every node drawn a second
    // time, each frame; 0.2-0.3 s of a 10k frame with software WebGL) is left out.
    const internals = renderer as unknown as Record<'nodePrograms' | 'nodeHoverPrograms', Record<string, { pickProgram: unknown }>>;
    for (const programs of [internals.nodePrograms, internals.nodeHoverPrograms]) for (const program of Object.values(programs ?? {})) program.pickProgram = null;
  }
  const edgeStream = stream ? stream(renderer) : null;
  if (edgeStream) {
    const kill = renderer.kill.bind(renderer);
    renderer.kill = () => { edgeStream.dispose(); kill(); };
  }
  return Object.assign(renderer, { edgeStream });
}
