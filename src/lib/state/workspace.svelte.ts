// One workspace per loaded graph: everything derived from it (search index, curvature, node
// sizes, year span, counts, sources, the live layout) is built once for it, on first use, and
// disposed with it. Opening another dataset swaps the whole workspace, so nothing keeps
// pointing at the old graph.
import type { NetworkAnalysis } from '../analysis/broker-rows';
import type { BrokerInput } from '../analysis/brokers';
import { CHAINS_IN_WORKER, type PathRule } from '../analysis/path-rules';
import type { Path, PathIndex } from '../analysis/paths';
import type { PathsMessage } from '../analysis/paths-worker';
import type { WorkerClient } from '../analysis/worker-client';
import type { MetricKey } from '../analysis/metric-keys';
import type { LiveLayout } from '../layout/live-layout';
import type { TextsFile } from '../model/atlas-files';
import type { Graph, GraphNodeAttributes } from '../model/graph-type';
import { vocabularyOf } from '../model/graph-vocabulary';
import type { Source } from '../model/types';
import { countAll, type FilterCounts } from '../query/counts';
import { relationsPerSource, type ProvenanceIndex } from '../query/provenance';
import type { Visibility } from '../query/visibility';
import type { Search } from '../query/search';
import { relationSpan, type YearWindow } from '../query/timeline';
import type { FocusHome } from '../render/focus-motion';
import { nodeSizes } from '../render/node-sizes';
import { parallelCurvatures } from '../render/parallels';

/** A graph and what is derived from it. */
export class GraphWorkspace {
  readonly graph: Graph;
  /** Bios, evidence and sources: they arrive after the first draw (null until then). */
  texts = $state.raw<TextsFile | null>(null);
  /** The bibliography by id (empty until the texts arrive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole when the texts arrive, never mutated
  readonly sources: ReadonlyMap<string, Source> = $derived(new Map((this.texts?.sources ?? []).map((s) => [s.id, s])));
  /** What the provenance lens reads (null until the texts arrive). */
  readonly provenance: ProvenanceIndex | null = $derived(this.texts ? { evidence: this.texts.evidence, sources: this.sources } : null);
  /** Relations citing each source (empty until the texts arrive). */
  readonly relationsPerSource: ReadonlyMap<string, number> = $derived(relationsPerSource(this.texts?.evidence ?? {}));
  #curvature: Map<string, number> | null = null;
  #counts: FilterCounts | null = null;
  #span: YearWindow | null = null;
  #byImportance: string[] | null = null;
  #search: Promise<Search> | null = null;
  /** The search index once built (null until the first search asks for it). */
  searchIndex = $state.raw<Search | null>(null);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: its entries never change once made
  #sizes = new Map<MetricKey, Map<string, number>>();
  #layout: Promise<LiveLayout> | null = null;
  #disposed = false;
  /**
   * While Focus has moved nodes out of the map, where they were (kept here, not in the canvas, so
   * that the map is found again after the canvas is remounted). Null when every node is home.
   */
  focusHome: FocusHome | null = null;

  constructor(graph: Graph, texts: TextsFile | null = null) {
    this.graph = graph;
    this.texts = texts;
    this.chainsInWorker = graph.size >= CHAINS_IN_WORKER;
  }

  get title(): string { return this.graph.getAttribute('title'); }
  get version(): string { return this.graph.getAttribute('version'); }

  /** Curvature per relation where two nodes share several (absent = straight). */
  get curvature(): Map<string, number> { return (this.#curvature ??= parallelCurvatures(this.graph)); }
  /** Totals per kind, current and relation type, for the legend. */
  get counts(): FilterCounts { return (this.#counts ??= countAll(this.graph)); }
  /** The first and last years any relation is dated to: the timeline's range. */
  get span(): YearWindow { return (this.#span ??= relationSpan(this.graph.mapEdges((_e, a) => a.years))); }

  /** Every node, most important first (PageRank, then degree, then label): whose label is placed first. */
  get byImportance(): string[] {
    return (this.#byImportance ??= this.graph.nodes().sort((a, b) => {
      const x = this.graph.getNodeAttributes(a);
      const y = this.graph.getNodeAttributes(b);
      return y.pagerank - x.pagerank || y.degree - x.degree || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
    }));
  }

  /**
   * Computes what the first frame of the map reads (curvature, the label order, the legend's counts,
   * the timeline's span), each in a task of its own (the curvature by `curvatures`, in slices), before the workspace is shown: on a large opened
   * graph none of them then lands in the task that draws it.
   */
  async prepare(nextTask: () => Promise<void>, curvatures: (graph: Graph, nextTask: () => Promise<void>) => Promise<Map<string, number>>): Promise<void> {
    this.#curvature ??= await curvatures(this.graph, nextTask);
    await nextTask();
    for (const step of [() => this.byImportance, () => this.counts, () => this.span]) {
      step();
      await nextTask();
    }
  }

  /**
   * Builds the search index over labels, aliases and dated names on first use (its code loads
   * then, off the first page): "VKP(b)" and "All-Union Communist Party" both find the Soviet party.
   */
  loadSearch(): Promise<Search> {
    this.#search ??= import('../query/search').then(async ({ createSearchInChunks, searchEntries }) => {
      const fields = vocabularyOf(this.graph).searchFields;
      const texts = (a: GraphNodeAttributes) => fields.flatMap((f) => (typeof a.data?.[f] === 'string' ? [a.data[f] as string] : []));
      const index = await createSearchInChunks(searchEntries(this.graph, fields.length ? texts : undefined));
      this.searchIndex = index;
      return index;
    });
    return this.#search;
  }

  /** Node radii for a metric (one map per metric, kept). */
  sizes(metric: MetricKey): Map<string, number> {
    let sizes = this.#sizes.get(metric);
    if (!sizes) this.#sizes.set(metric, (sizes = nodeSizes(this.graph, metric)));
    return sizes;
  }

  /** The live ForceAtlas2 layout of this graph (its code loads on first use). */
  liveLayout(): Promise<LiveLayout> {
    if (this.#disposed) return Promise.reject(new Error('state/workspace: this graph was closed'));
    this.#layout ??= import('../layout/live-layout').then(({ LiveLayout }) => {
      const sizes = this.sizes('degree');
      return new LiveLayout(this.graph, (n) => sizes.get(n) ?? 4);
    });
    return this.#layout;
  }

  #brokers: WorkerClient<{ input: BrokerInput }, NetworkAnalysis> | null = null;
  #brokerCache = new WeakMap<Visibility, Promise<NetworkAnalysis>>();

  /**
   * The brokers (betweenness, PageRank, degree and ranks) and Louvain communities of a visible
   * network, computed in a Worker once per visibility (its code loads on first use).
   */
  analysis(visibility: Visibility): Promise<NetworkAnalysis> {
    if (this.#disposed) return Promise.reject(new Error('state/workspace: this graph was closed'));
    let promise = this.#brokerCache.get(visibility);
    if (!promise) {
      promise = Promise.all([import('../analysis/broker-rows'), import('../analysis/worker-client')]).then(([{ brokerInput }, { WorkerClient }]) => {
        this.#brokers ??= new WorkerClient(
          // eslint-disable-next-line svelte/prefer-svelte-reactivity -- vite's Worker URL pattern, not state
          () => new Worker(new URL('../analysis/brokers-worker.ts', import.meta.url), { type: 'module' }), 'analysis/brokers');
        if (this.#disposed) this.#brokers.close();
        return this.#brokers.ask({ input: brokerInput(this.graph, visibility) });
      });
      this.#brokerCache.set(visibility, promise);
    }
    return promise;
  }

  /** Whether chains are searched in a Worker (CHAINS_IN_WORKER), not at once on the main thread. */
  readonly chainsInWorker: boolean;
  #paths: WorkerClient<PathsMessage, Path[]> | null = null;
  #postedIndex: PathIndex | null = null;

  /** Up to `k` chains from `from` to `to` over the visible relations the rule allows, found in the Worker. */
  async chains(from: string, to: string, k: number, visible: ReadonlySet<string>, rule: PathRule): Promise<Path[]> {
    if (this.#disposed) throw new Error('state/workspace: this graph was closed');
    const [{ allowedSteps, pathIndex }, { WorkerClient }] = await Promise.all([import('../analysis/paths'), import('../analysis/worker-client')]);
    this.#paths ??= new WorkerClient(
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- vite's Worker URL pattern, not state
      () => new Worker(new URL('../analysis/paths-worker.ts', import.meta.url), { type: 'module' }), 'analysis/paths');
    if (this.#disposed) this.#paths.close();
    const index = pathIndex(this.graph);
    if (this.#postedIndex !== index) {
      this.#paths.tell({ type: 'index', index });
      this.#postedIndex = index;
    }
    const allowed = allowedSteps(index, visible, rule);
    return this.#paths.ask({ type: 'chains', from, to, k, allowed }, [allowed.buffer]);
  }

  /** Stops what runs for this graph (the layout and analysis workers); the workspace is not used again. */
  dispose(): void {
    this.#disposed = true;
    void this.#layout?.then((layout) => layout.kill());
    this.#brokers?.close();
    this.#paths?.close();
  }

  /** Stores the texts once they have loaded, if they belong to this graph. */
  receiveTexts(texts: TextsFile): boolean {
    if (texts.version !== this.version || this.#disposed) return false;
    this.texts = texts;
    return true;
  }
}
