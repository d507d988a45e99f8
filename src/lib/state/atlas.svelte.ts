// The app's one writer: holds the open graph's workspace and the view, and changes them only
// through the named pure transitions of view.ts. Components read it and call its methods.
import type { MetricKey } from '../analysis/metric-keys';
import { ringsAround, type FocusDepth } from '../analysis/neighbourhood';
import type { NetworkAnalysis } from '../analysis/broker-rows';
import { periodDiff, type PeriodDiff } from '../analysis/period-diff';
import type { PathRule } from '../analysis/path-rules';
import type { Path } from '../analysis/paths';
import type { SerializedAtlas } from '../build/compile-atlas';
import { decodeGraph, splitAtlas, TEXTS_FORMAT, type GraphFile, type TextsFile } from '../model/atlas-files';
import { resolveRelationId } from '../model/former-ids';
import type { CsvMapping, CsvPreview } from '../formats/csv';
import type { Graph } from '../model/graph-type';
import { vocabularyOf } from '../model/graph-vocabulary';
import { TOURS_FORMAT, type Tour, type ToursFile } from '../model/tour-types';
import type { Confidence, Current, NodeKind, Relation } from '../model/vocabulary';
import type { Periods, YearWindow } from '../query/timeline';
import { parseLink, type Camera, type KnownIds, type LinkView, type Mode, type RegionMode } from '../query/url-state';
import { namesInForce } from '../query/names';
import { isNoLens, type Provenance } from '../query/provenance';
import { onlyTourParams } from '../query/tour-view';
import { computeVisibility, focusVisibility, type Visibility } from '../query/visibility';
import * as T from './view';
import { clampStep, enterTourStep, leaveTour, unknownTour } from './tour';
import { GraphWorkspace } from './workspace.svelte';

const EMPTY: Visibility = { nodes: new Set(), edges: new Set() };

/** A connection asked for: its two ends, the relations shown, and what may count as a step. */
interface PathQuestion { from: string; to: string; edges: ReadonlySet<string>; rule: PathRule }
const NO_SIZES = new Map<string, number>();
const NO_NAMES = new Map<string, string>();
const NOWHERE: KnownIds = { hasNode: () => false, hasEdge: () => false };

/**
 * Progress of a file or dataset being opened (null when none is): its phase, `done` of `total`, while
 * laying out the quality figure; `cancel` abandons it, `stop` (while laying out) opens it as it is.
 */
export interface ImportProgress { phase: string; done: number; total: number; quality?: number; cancel?: () => void; stop?: () => void }

/** The CSV column-mapping step: the files' previews, and where the user's answer goes (null: cancelled). */
export interface MappingRequest { previews: CsvPreview[]; answer(mappings: Record<string, CsvMapping> | null): void }

/** Holds everything the explorer shows; one instance per page. */
export class AtlasState {
  workspace = $state.raw<GraphWorkspace | null>(null);
  view = $state.raw<T.View>(T.INITIAL_VIEW);
  loadError = $state<string | null>(null);
  /** Brokers and communities of the network shown, for the visibility they were computed on (null until asked). */
  analysis = $state.raw<{ visibility: Visibility; result: NetworkAnalysis } | null>(null);
  importing = $state.raw<ImportProgress | null>(null);
  /** The CSV mapping step waiting for the user (null when none is). */
  mapping = $state.raw<MappingRequest | null>(null);
  /** Switches to the waiting new version of the app (set by the service worker's page side). */
  #applyUpdate: (() => void) | null = null;
  /** The tours of the bundled dataset, once asked for (generated/tours.json is not on the first page). */
  tours = $state.raw<ToursFile | null>(null);
  /** Where the tours are fetched from. */
  toursUrl = './generated/tours.json';
  /** While a tour is exported, the steps pass over the map: the address bar is left alone. */
  historyPaused = $state(false);

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
  readonly compare = $derived(this.view.compare);
  readonly version = $derived(this.workspace?.version ?? '');
  readonly tour = $derived(this.view.tour);
  /** The tours that belong to the open graph: the bundled ones, not those of another dataset. */
  readonly toursHere: Tour[] | null = $derived(this.tours && this.workspace && this.tours.version === this.workspace.version ? this.tours.tours : null);
  /** The tour being followed, once the tours have loaded. */
  readonly activeTour: Tour | null = $derived(this.toursHere?.find((t) => t.id === this.tour?.id) ?? null);
  /** The relations the tour's step rests on: drawn strong on the map (null outside a tour). */
  readonly tourClaims: ReadonlySet<string> | null = $derived.by(() => {
    const step = this.activeTour?.steps[this.tour?.step ?? -1];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole when the step changes, never mutated
    return step ? new Set(step.claims) : null;
  });
  /** The evidence the provenance lens reads, only while a lens is on (so the texts arriving recompute nothing otherwise). */
  readonly #provenance = $derived(isNoLens(this.filters.provenance) ? null : (this.workspace?.provenance ?? null));
  /** The evidence the filters read (null when no lens is on, or before the texts arrive). */
  get lensEvidence() { return this.#provenance; }
  /** A lens is on but the evidence it reads has not arrived: it hides nothing yet. */
  readonly lensWaiting: boolean = $derived(!isNoLens(this.filters.provenance) && !!this.workspace && !this.workspace.provenance);
  /** While two periods are compared: what appeared, vanished and persisted between them (analysis/period-diff.ts). */
  readonly periods: PeriodDiff | null = $derived(this.graph && this.compare
    ? periodDiff(this.graph, this.filters, this.#provenance, this.compare) : null);
  /** What the filters leave visible; while comparing, what either period shows (the year window gives way). */
  readonly filtered: Visibility = $derived(this.periods ? this.periods.visibility
    : this.graph ? computeVisibility(this.graph, this.filters, this.#provenance) : EMPTY);
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
  /** The connection asked for: from the selected node to `pathTo` over the visible relations under the rule (null: none). */
  readonly #pathQuestion: PathQuestion | null = $derived.by(() => {
    const selection = this.selection;
    if (!this.graph || selection?.kind !== 'node' || !this.pathTo) return null;
    return { from: selection.id, to: this.pathTo, edges: this.visibility.edges, rule: this.pathRule };
  });
  /** The Worker's answer, with the question it answers (on a graph searched in the Worker). */
  #answered = $state.raw<{ question: PathQuestion; paths: Path[]; error?: string } | null>(null);
  /** The chain search (analysis/paths.ts): not on the first page, loaded on the first question or when the page is idle. */
  #chainSearch = $state.raw<typeof import('../analysis/paths') | null>(null);
  #chainSearchLoad: Promise<unknown> | null = null;
  /**
   * Up to three chains from the selected node to `pathTo` over the visible relations the rule
   * allows, fewest steps first, then the most certain. None until the search has loaded, and on a
   * large graph until its Worker answers (`pathsPending`).
   */
  readonly paths: Path[] = $derived.by(() => {
    const graph = this.graph;
    const question = this.#pathQuestion;
    if (!graph || !question) return [];
    if (this.workspace?.chainsInWorker) return this.#answered?.question === question ? this.#answered.paths : [];
    const search = this.#chainSearch;
    if (!search) {
      void this.loadChainSearch();
      return [];
    }
    const { edges, rule } = question;
    const index = search.pathIndex(graph);
    return search.chainsIn(index, question.from, question.to, 3, search.allowedSteps(index, edges, rule));
  });
  /** The chains asked for are being searched (their code loading, or the Worker at work). */
  readonly pathsPending: boolean = $derived(!!this.#pathQuestion && (this.workspace?.chainsInWorker
    ? this.#answered?.question !== this.#pathQuestion : !this.#chainSearch));
  /** Why the Worker could not search the chains asked for (null when it did, or was not asked). */
  readonly pathsError: string | null = $derived(this.#answered && this.#answered.question === this.#pathQuestion ? this.#answered.error ?? null : null);

  /** Loads the chain search (once). */
  loadChainSearch(): Promise<unknown> {
    return (this.#chainSearchLoad ??= import('../analysis/paths').then((search) => { this.#chainSearch = search; }));
  }

  /**
   * On a graph searched in the Worker, asks it for the chains of the connection asked for; the answer
   * is kept only if that is still the question. App runs this in an effect, so it follows the question.
   */
  searchChains(): void {
    const question = this.#pathQuestion;
    const workspace = this.workspace;
    if (!question || !workspace?.chainsInWorker) return;
    const answer = (paths: Path[], error?: string) => {
      if (this.#pathQuestion === question) this.#answered = { question, paths, error };
    };
    workspace.chains(question.from, question.to, 3, question.edges, question.rule)
      .then((paths) => answer(paths), (error: unknown) => answer([], error instanceof Error ? error.message : String(error)));
  }

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
    if (!graph) return NOWHERE;
    const hasEdge = (id: string) => graph.hasEdge(id);
    return { hasNode: (id) => graph.hasNode(id), hasEdge, currentEdge: (id) => resolveRelationId(id, hasEdge, graph.getAttribute('formerIds')), vocabulary: vocabularyOf(graph) };
  }

  /** Loads the bundled atlas's first-frame graph, then applies the link the page was opened with. */
  async load(graphUrl: string, search: string, notice?: string): Promise<void> {
    try {
      const response = await fetch(graphUrl);
      if (!response.ok) throw new Error(`${graphUrl}: HTTP ${response.status}`);
      this.#open(new GraphWorkspace(decodeGraph((await response.json()) as GraphFile)), search, notice);
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
    this.view = T.graphReplaced(this.view, notice);
    if (search !== null) this.#applySearch(search);
    old?.dispose();
  }

  /** A link naming a tour's step and nothing else shows that step's view once the tours are here. */
  #tourPending = false;
  #toursLoad: Promise<void> | null = null;

  #applySearch(search: string): void {
    const parsed = parseLink(search, this.#known());
    this.view = T.applyLink(this.view, parsed);
    this.#tourPending = parsed.link.tour !== null && onlyTourParams(search);
    if (this.view.tour && this.tours) this.#resolveTour();
    else if (this.view.tour) void this.loadTours().then(() => this.#resolveTour());
  }

  /** The view a step link was completed to: it replaces the link in the history rather than adding a step. */
  #completed: string | null = null;

  /**
   * Whether `link` is the view a bare step link (`?tour=…&step=N`) was just completed to, so that the
   * address bar replaces that link instead of pushing a second entry (back would only come back here).
   * Asked once per change of the address bar.
   */
  completesLink(link: LinkView): boolean {
    const completed = this.#completed;
    this.#completed = null;
    return completed !== null && completed === JSON.stringify(link);
  }

  /** Checks the tour a link named against the tours, and shows its step when the link asked for it. */
  #resolveTour(): void {
    const place = this.view.tour;
    const graph = this.graph;
    if (!place || !this.tours || !graph) return;
    const pending = this.#tourPending;
    this.#tourPending = false;
    const tour = this.toursHere?.find((t) => t.id === place.id);
    if (!tour) {
      this.view = unknownTour(this.view, place.id);
      return;
    }
    const step = clampStep(tour, place.step);
    if (step !== place.step) this.view = T.addNotice(this.view, `Tour "${tour.title}" has ${tour.steps.length} steps — opened step ${step + 1}.`);
    if (pending || step !== place.step) {
      this.goToStep(step, tour);
      this.#completed = JSON.stringify(T.linkOf(this.view));
    }
  }

  /** Fetches the tours once (when a tour is asked for, or the Tours menu opens). */
  loadTours(): Promise<void> {
    this.#toursLoad ??= fetch(this.toursUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${this.toursUrl}: HTTP ${response.status}`);
      const file = (await response.json()) as ToursFile;
      if (file?.format !== TOURS_FORMAT || !Array.isArray(file.tours)) throw new Error('not a tours file');
      this.tours = file;
    }).catch((error: unknown) => {
      this.#toursLoad = null; // asked for again, it tries again
      if (this.view.tour) this.view = leaveTour(this.view);
      this.view = T.addNotice(this.view, `Could not load the tours (${error instanceof Error ? error.message : String(error)}).`);
    });
    return this.#toursLoad;
  }

  /** Swaps in a dataset the user opened (compiled in a worker): selection, filters and camera start afresh. */
  openAtlas(atlas: SerializedAtlas, notice?: string): void {
    const { graph, texts } = splitAtlas(atlas);
    this.#open(new GraphWorkspace(decodeGraph(graph), texts), null, notice);
  }

  /**
   * Swaps in a graph the user opened from a file or a link (built from the import worker's atlas);
   * `search` is the rest of the link to apply to it (null: the view starts afresh).
   */
  openImported(graph: Graph, texts: TextsFile | null, notice: string, search: string | null = null): void {
    this.openWorkspace(importedWorkspace(graph, texts), notice, search);
  }

  /** Shows an opened graph's workspace (made by importedWorkspace, perhaps prepared first). */
  openWorkspace(workspace: GraphWorkspace, notice: string, search: string | null = null): void {
    this.loadError = null;
    this.#open(workspace, search, notice);
  }

  /** Where the open graph came from: a URL, a local file's name, or null for the bundled atlas. */
  get origin(): { url: string } | { local: string } | null {
    const file = this.graph?.getAttribute('file');
    if (!file) return null;
    // A fetched graph keeps its absolute URL; a file from the computer, its name (which has no slash).
    return /^https?:\/\//.test(file) ? { url: file } : { local: file };
  }

  setMapping(request: MappingRequest | null): void { this.mapping = request; }

  /** Restores the view a link describes (back and forward). */
  applyLink(search: string): void {
    if (this.graph) this.#applySearch(search);
  }

  /** Puts back a view saved with link() (after a tour's steps were passed over for an export). */
  restoreLink(link: LinkView): void {
    this.view = T.applyLink(this.view, { link, notices: [] });
  }

  /** Shows a step of a tour (of the tour followed when none is given). */
  goToStep(index: number, tour: Tour | null = this.activeTour): void {
    const workspace = this.workspace;
    if (!tour || !workspace) return;
    this.view = enterTourStep(this.view, { tour, index, known: this.#known(), span: workspace.span });
  }
  startTour(id: string): void { this.goToStep(0, this.toursHere?.find((t) => t.id === id) ?? null); }
  /** The next step; at the last step, nothing. */
  nextStep(): void { if (this.tour && this.activeTour && this.tour.step + 1 < this.activeTour.steps.length) this.goToStep(this.tour.step + 1); }
  /** The previous step; at the first, nothing. */
  previousStep(): void { if (this.tour && this.tour.step > 0) this.goToStep(this.tour.step - 1); }
  leaveTour(): void { this.view = leaveTour(this.view); }

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
  toggleKind(kind: NodeKind | string): void { this.view = T.toggleKind(this.view, kind); }
  toggleCurrent(current: Current | string): void { this.view = T.toggleCurrent(this.view, current); }
  toggleRelation(relation: Relation | string): void { this.view = T.toggleRelation(this.view, relation); }
  toggleFacetValue(key: string, value: string): void { this.view = T.toggleFacetValue(this.view, { key, value }); }
  setFacetRange(key: string, range: readonly [number, number] | null): void { this.view = T.setFacetRange(this.view, { key, range }); }
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
  startCompare(): void { if (this.workspace) this.view = T.startCompare(this.view, this.workspace.span); }
  setCompare(periods: Periods | null): void { this.view = T.setCompare(this.view, periods); }
  setComparePeriod(which: 'a' | 'b', window: YearWindow): void { this.view = T.setComparePeriod(this.view, { which, window }); }

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

/** The workspace of an opened graph: with its own texts, or an empty set, so nothing waits for (or fetches) the bundled atlas's. */
export function importedWorkspace(graph: Graph, texts: TextsFile | null): GraphWorkspace {
  return new GraphWorkspace(graph, texts ?? { format: TEXTS_FORMAT, version: graph.getAttribute('version'), nodes: {}, evidence: {}, sources: [] });
}
