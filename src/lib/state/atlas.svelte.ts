// The app's shared state: the loaded graph, the selection, filters and view options, and the
// actions that change them. Components read it; only these methods write it.
import { MultiDirectedGraph } from 'graphology';
import type { MetricKey } from '../analysis/metrics';
import { shortestPath, type Path } from '../analysis/paths';
import type { SerializedAtlas } from '../build/compile-atlas';
import type { Graph } from '../model/graph-type';
import type { Source } from '../model/types';
import { countAll, DEFAULT_FILTERS, type FilterCounts, type Filters } from '../query/filters';
import type { ViewState } from '../query/url-state';
import { computeVisibility, type Visibility } from '../query/visibility';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export interface CameraView { x: number; y: number; ratio: number }

const EMPTY: Visibility = { nodes: new Set(), edges: new Set() };

/** Holds everything the explorer shows; one instance per page. */
export class AtlasState {
  graph = $state.raw<Graph | null>(null);
  sources = $state.raw<ReadonlyMap<string, Source>>(new Map()); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
  loadError = $state<string | null>(null);
  filters = $state.raw<Filters>(DEFAULT_FILTERS);
  selection = $state.raw<Selection>(null);
  hovered = $state<string | null>(null);
  size = $state<MetricKey>('degree');
  view = $state<'graph' | 'list'>('graph');
  notices = $state.raw<string[]>([]);
  /** Problems in dataset files the user tried to open, as `file:line: id: field: message`. */
  importProblems = $state.raw<string[]>([]);
  /** Where the camera is: set by a deep link, kept up to date by the canvas, restored when it remounts. */
  camera = $state.raw<CameraView | null>(null);
  /** With a node selected: the node whose connection to it is shown. */
  pathTo = $state<string | null>(null);
  /** Bumped to ask the canvas to move the camera to the current selection. */
  focusRequest = $state(0);
  visibility: Visibility = $derived(this.graph ? computeVisibility(this.graph, this.filters) : EMPTY);
  counts: FilterCounts | null = $derived(this.graph ? countAll(this.graph) : null);
  /** The shortest connection from the selected node to `pathTo`, over visible relations. */
  path: Path | null = $derived(this.graph && this.selection?.kind === 'node' && this.pathTo
    ? shortestPath(this.graph, this.selection.id, this.pathTo, (e) => this.visibility.edges.has(e)) : null);
  version = $derived(this.graph?.getAttribute('version') ?? '');

  /** Loads the precomputed atlas (public/generated/atlas.json). */
  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      this.setAtlas((await response.json()) as SerializedAtlas);
    } catch (error) {
      this.loadError = `Could not load the dataset (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  setAtlas(atlas: SerializedAtlas): void {
    const graph: Graph = new MultiDirectedGraph();
    graph.import(atlas);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
    this.sources = new Map((atlas.attributes?.sources ?? []).map((s) => [s.id, s]));
    this.graph = graph;
  }

  /** Swaps in a dataset the user opened: selection, filters and camera start afresh. */
  replaceAtlas(atlas: SerializedAtlas): void {
    this.selection = null;
    this.pathTo = null;
    this.hovered = null;
    this.camera = null;
    this.filters = DEFAULT_FILTERS;
    this.setAtlas(atlas);
  }

  selectNode(id: string, focus = true): void {
    if (!this.graph?.hasNode(id)) return;
    if (this.selection?.kind !== 'node' || this.selection.id !== id) this.pathTo = null;
    this.selection = { kind: 'node', id };
    if (focus) this.focusRequest++;
  }

  selectEdge(id: string): void {
    if (!this.graph?.hasEdge(id)) return;
    this.selection = { kind: 'edge', id };
    this.pathTo = null;
  }

  clearSelection(): void {
    this.selection = null;
    this.pathTo = null;
  }

  /** Shows (or with null, hides) the connection from the selected node to another. */
  showPathTo(id: string | null): void {
    if (this.selection?.kind !== 'node') return;
    this.pathTo = id && this.graph?.hasNode(id) && id !== this.selection.id ? id : null;
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
  }

  resetFilters(): void {
    this.filters = DEFAULT_FILTERS;
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_n, i) => i !== index);
  }

  /** The view as the URL records it. */
  viewState(): ViewState {
    return {
      node: this.selection?.kind === 'node' ? this.selection.id : null,
      edge: this.selection?.kind === 'edge' ? this.selection.id : null,
      path: this.selection?.kind === 'node' ? this.pathTo : null,
      filters: this.filters,
      camera: this.camera,
      size: this.size,
      view: this.view,
    };
  }

  /** Restores a view parsed from the URL (selection, filters, camera, size, view). */
  applyViewState(state: ViewState, notices: string[] = []): void {
    this.filters = state.filters;
    this.size = state.size;
    this.view = state.view;
    this.camera = state.camera;
    this.selection = state.node ? { kind: 'node', id: state.node } : state.edge ? { kind: 'edge', id: state.edge } : null;
    this.pathTo = state.node ? state.path : null;
    if (notices.length) this.notices = [...this.notices, ...notices];
  }
}

