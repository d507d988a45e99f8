// The app's one writer: holds the open graph's workspace and the view, and changes them only
// through the named pure transitions of view.ts. Components read it and call its methods.
import type { MetricKey } from '../analysis/metric-keys';
import { ringsAround, type FocusDepth } from '../analysis/neighbourhood';
import type { NetworkAnalysis } from '../analysis/broker-rows';
import { stepAllowed, type PathRule } from '../analysis/path-rules';
import { shortestPaths, type Path } from '../analysis/paths';
import type { SerializedAtlas } from '../build/compile-atlas';
import { decodeGraph, splitAtlas, type GraphFile, type TextsFile } from '../model/atlas-files';
import type { Graph } from '../model/graph-type';
import type { Confidence, Current, NodeKind, Relation } from '../model/vocabulary';
import type { YearWindow } from '../query/timeline';
import { parseLink, type Camera, type KnownIds, type LinkView, type Mode, type RegionMode } from '../query/url-state';
import { namesInForce } from '../query/names';
import { isNoLens, type Provenance } from '../query/provenance';
import { computeVisibility, focusVisibility, type Visibility } from '../query/visibility';
import * as T from './view';
import { GraphWorkspace } from './workspace.svelte';

const EMPTY: Visibility = { nodes: new Set(), edges: new Set() };
const NO_SIZES = new Map<string, number>();
const NO_NAMES = new Map<string, string>();
const NOWHERE: KnownIds = { hasNode: () => false, hasEdge: () => false };

/** Progress of a dataset being opened (null when none is). */
export interface ImportProgress { phase: string; done: number; total: number }

/** Holds everything the explorer shows; one instance per page. */
export class AtlasState {
  workspace = $state.raw<GraphWorkspace | null>(null);
  view = $state.raw<T.View>(T.INITIAL_VIEW);
  loadError = $state<string | null>(null);
  /** Brokers and communities of the network shown, for the visibility they were computed on (null until asked). */
  analysis = $state.raw<{ visibility: Visibility; result: NetworkAnalysis } | null>(null);
  importing = $state.raw<ImportProgress | null>(null);
  /** Switches to the waiting new version of the app (set by the service worker's page side). */
  #applyUpdate: (() => void) | null = null;

  // One derived value per field, so a change of one field re-runs only what reads that field.
  readonly graph: Graph | null = $derived(this.workspace?.graph ?? null);
  readonly selection = $derived(this.view.selection);
  readonly pathTo = $derived(this.view.pathTo);
  readonly filters = $derived(this.view.filters);
  readonly hovered = $derived(this.view.hovered);
  readonly hoveredRelation = $derived(this.view.hoveredRelation);
  readonly focus = $derived(this.view.focus);
  readonly size = $derived(this.view.size);
  readonly mode = $derived(this.view.mode);
  readonly camera = $derived(this.view.camera);
  readonly intent = $derived(this.view.intent);
  readonly notices = $derived(this.view.notices);
  readonly importProblems = $derived(this.view.importProblems);
  readonly regions = $derived(this.view.regions);
  readonly version = $derived(this.workspace?.version ?? '');
  /** What the filters leave visible. */
  /** The evidence the provenance lens reads, only while a lens is on (so the texts arriving recompute nothing otherwise). */
  readonly #provenance = $derived(isNoLens(this.filters.provenance) ? null : (this.workspace?.provenance ?? null));
  /** A lens is on but the evidence it reads has not arrived: it hides nothing yet. */
  readonly lensWaiting: boolean = $derived(!isNoLens(this.filters.provenance) && !!this.workspace && !this.workspace.provenance);
  readonly filtered: Visibility = $derived(this.graph ? computeVisibility(this.graph, this.filters, this.#provenance) : EMPTY);
  /** In Focus: each node of the focused neighbourhood and its distance in steps from the centre. */
  readonly focusRings: Map<string, number> | null = $derived.by(() => {
    const graph = this.graph;
    const focus = this.focus;
    const edges = this.filtered.edges;
    return graph && focus && this.filtered.nodes.has(focus.id) ? ringsAround(graph, focus.id, focus.depth, (e) => edges.has(e)) : null;
  });
  /** What is shown: the filtered network, or in Focus the focused neighbourhood of it. */
  readonly visibility: Visibility = $derived(this.graph && this.focusRings ? focusVisibility(this.graph, this.filtered, this.focusRings) : this.filtered);
  readonly pathRule = $derived(this.view.pathRule);
  readonly chain = $derived(this.view.chain);
  /**
   * Up to three chains from the selected node to `pathTo` over the visible relations the rule
   * allows, fewest steps first, then the most certain.
   */
  readonly paths: Path[] = $derived.by(() => {
    const graph = this.graph;
    const selection = this.selection;
    const edges = this.visibility.edges;
    const rule = this.pathRule;
    if (!graph || selection?.kind !== 'node' || !this.pathTo) return [];
    return shortestPaths(graph, selection.id, this.pathTo, 3, (e) => edges.has(e) && stepAllowed(rule, graph.getEdgeAttribute(e, 'relation')));
  });
  /** The chain shown on the map. */
  readonly path: Path | null = $derived(this.paths[this.chain] ?? this.paths[0] ?? null);
  /** The shown connection's nodes as one string: changes only when the chain itself changes. */
  readonly pathKey: string = $derived(this.path ? this.path.nodes.join('\n') : '');
  readonly sizes: Map<string, number> = $derived(this.workspace ? this.workspace.sizes(this.size) : NO_SIZES);
  /** The nodes whose name for the time window is not their label, with that name (query/names.ts). */
  readonly names: Map<string, string> = $derived(this.graph ? namesInForce(this.graph, this.filters.years) : NO_NAMES);

  /** A node's name as the view shows it: the one in force for the time window, else its label. */
  nameOf(id: string): string {
    return this.names.get(id) ?? this.graph?.getNodeAttribute(id, 'label') ?? id;
  }

  #known(): KnownIds {
    const graph = this.graph;
    return graph ? { hasNode: (id) => graph.hasNode(id), hasEdge: (id) => graph.hasEdge(id) } : NOWHERE;
  }

  /** Loads the bundled atlas's first-frame graph, then applies the link the page was opened with. */
  async load(graphUrl: string, search: string): Promise<void> {
    try {
      const response = await fetch(graphUrl);
      if (!response.ok) throw new Error(`${graphUrl}: HTTP ${response.status}`);
      this.#open(new GraphWorkspace(decodeGraph((await response.json()) as GraphFile)), search);
    } catch (error) {
      this.loadError = `Could not load the dataset (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  /** Loads the texts (bios, evidence, sources) of the open graph, after its first draw. */
  async loadTexts(textsUrl: string): Promise<void> {
    const workspace = this.workspace;
    if (!workspace || workspace.texts) return;
    try {
      const response = await fetch(textsUrl);
      if (!response.ok) throw new Error(`${textsUrl}: HTTP ${response.status}`);
      const texts = (await response.json()) as TextsFile;
      if (this.workspace === workspace && !workspace.receiveTexts(texts)) {
        this.view = T.addNotice(this.view, 'The biographies and evidence belong to another version of the dataset: reload the page.');
      }
    } catch (error) {
      this.view = T.addNotice(this.view, `Could not load the biographies and evidence (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  #open(workspace: GraphWorkspace, search: string | null, notice?: string): void {
    const old = this.workspace;
    this.workspace = workspace;
    let view = T.graphReplaced(this.view, notice);
    if (search !== null) view = T.applyLink(view, parseLink(search, this.#known()));
    this.view = view;
    old?.dispose();
  }

  /** Swaps in a dataset the user opened (compiled in a worker): selection, filters and camera start afresh. */
  openAtlas(atlas: SerializedAtlas, notice?: string): void {
    const { graph, texts } = splitAtlas(atlas);
    this.#open(new GraphWorkspace(decodeGraph(graph), texts), null, notice);
  }

  /** Restores the view a link describes (back and forward). */
  applyLink(search: string): void {
    if (this.graph) this.view = T.applyLink(this.view, parseLink(search, this.#known()));
  }

  /** The part of the view a link holds. */
  link(): LinkView {
    return T.linkOf(this.view);
  }

  selectNode(id: string, focus = true): void { this.view = T.selectNode(this.view, { id, focus, known: this.#known() }); }
  selectEdge(id: string): void { this.view = T.selectEdge(this.view, { id, known: this.#known() }); }
  selectSource(id: string): void { this.view = T.selectSource(this.view, id); }
  clearSelection(): void { this.view = T.clearSelection(this.view); }
  showPathTo(id: string | null): void { this.view = T.showPathTo(this.view, { id, known: this.#known() }); }
  hover(id: string | null): void { this.view = T.hover(this.view, id); }
  hoverRelation(edge: string | null): void { this.view = T.hoverRelation(this.view, edge); }
  setFocus(depth: FocusDepth | null): void { this.view = T.setFocus(this.view, depth); }
  setPathRule(rule: PathRule): void { this.view = T.setPathRule(this.view, rule); }
  chooseChain(index: number): void { this.view = T.chooseChain(this.view, index); }
  toggleKind(kind: NodeKind): void { this.view = T.toggleKind(this.view, kind); }
  toggleCurrent(current: Current): void { this.view = T.toggleCurrent(this.view, current); }
  toggleRelation(relation: Relation): void { this.view = T.toggleRelation(this.view, relation); }
  setMinConfidence(level: Confidence): void { this.view = T.setMinConfidence(this.view, level); }
  setYearWindow(window: YearWindow | null): void {
    if (this.workspace) this.view = T.setYearWindow(this.view, { window, span: this.workspace.span });
  }
  setProvenance(lens: Provenance): void { this.view = T.setProvenance(this.view, lens); }
  resetFilters(): void { this.view = T.resetFilters(this.view); }
  setSize(size: MetricKey): void { this.view = T.setSize(this.view, size); }
  setMode(mode: Mode): void { this.view = T.setMode(this.view, mode); }
  cameraMoved(camera: Camera): void { this.view = T.cameraMoved(this.view, camera); }
  intentDone(seq: number): void { this.view = T.intentDone(this.view, seq); }
  addNotice(text: string): void { this.view = T.addNotice(this.view, text); }
  dismissNotice(index: number): void { this.view = T.dismissNotice(this.view, index); }
  /** A new version is installed and waiting; `apply` switches the page to it. */
  offerUpdate(apply: () => void): void {
    this.#applyUpdate = apply;
    this.view = T.updateReady(this.view);
  }
  /** The user chose "Reload" on the update notice. */
  applyUpdate(): void {
    this.view = T.updateTaken(this.view);
    this.#applyUpdate?.();
  }
  setImportProblems(problems: string[]): void { this.view = T.setImportProblems(this.view, problems); }
  setImporting(progress: ImportProgress | null): void { this.importing = progress; }
  setRegions(regions: RegionMode): void { this.view = T.setRegions(this.view, regions); }

  /** Analyses the network shown now (in a Worker): brokers and communities land in `analysis`. */
  async loadAnalysis(): Promise<void> {
    const workspace = this.workspace;
    const visibility = this.visibility;
    if (!workspace || this.analysis?.visibility === visibility) return;
    try {
      const result = await workspace.analysis(visibility);
      if (this.workspace === workspace && this.visibility === visibility) this.analysis = { visibility, result };
    } catch (error) {
      if (this.workspace === workspace) this.view = T.addNotice(this.view, `Could not analyse the network (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
}
