// The display snapshot: what the reducers read, computed once per change of view (never per
// node). And which nodes and relations a change touches, so a hover repaints only those.
import type { Path } from '../analysis/paths';
import type { PeriodStatus } from '../analysis/period-diff';
import type { Graph } from '../model/graph-type';
import type { Visibility } from '../query/visibility';

/** What the view asks to be drawn. */
export interface DisplayInput {
  visibility: Visibility;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** A connection being shown: its nodes and relations stay, the rest fades. */
  path: Path | null;
  /** Radius per node at zoom 1, for the chosen metric. */
  sizes: Map<string, number>;
  /** In Focus: each shown node's distance in steps from the centre (null outside Focus). */
  rings: ReadonlyMap<string, number> | null;
  /** A relation pointed at in the panel: drawn strong, with the nodes at its ends. */
  hoveredRelation: string | null;
  /** In Focus: neighbours without a row of their own, drawn in the background (null outside Focus). */
  background?: ReadonlySet<string> | null;
  /** Names in force for the time window where they differ from the label (query/names.ts). */
  names?: ReadonlyMap<string, string> | null;
  /** Comparing two periods: how each shown node and relation fared (null when not comparing). */
  periods?: { nodes: ReadonlyMap<string, PeriodStatus>; edges: ReadonlyMap<string, PeriodStatus> } | null;
  /** A tour step's claims: their relations are drawn strong and named, their ends stay in colour (null outside a tour). */
  claims?: ReadonlySet<string> | null;
  /**
   * A large graph's hover (render/sigma-settings.ts, isLargeGraph): the hovered node's relations are
   * lit and nothing fades, so a hover repaints the node's relations, not every node and relation.
   */
  quietHover?: boolean;
}

/** The input plus what follows from it, precomputed for the reducers. */
export interface DisplaySnapshot extends DisplayInput {
  /**
   * The node whose neighbourhood is lit: the hovered one, else the selected one (unless a path is
   * shown, or in Focus, where the whole neighbourhood is already what is shown).
   */
  spotlight: string | null;
  /** Nodes drawn in colour when something is in focus; null = all. */
  kept: Set<string> | null;
  pathEdges: Set<string> | null;
  /** The visible relations of the step's claims (null when none). */
  claimEdges: Set<string> | null;
  /** With quietHover, the hovered node's visible relations, lit (null when nothing is hovered or the hover fades the rest). */
  hoverEdges: Set<string> | null;
}

/** The hovered node as the fading reads it: none when the hover is quiet (it then fades nothing). */
export function fadingHover(s: DisplaySnapshot): string | null {
  return s.hoverEdges ? null : s.hovered;
}

/** Neighbourhood kept in focus while a node is hovered or selected. */
function neighbourhood(graph: Graph, focus: string, visibleEdges: Set<string>): Set<string> {
  const keep = new Set([focus]);
  graph.forEachEdge(focus, (edge, _a, s, t) => {
    if (visibleEdges.has(edge)) keep.add(s === focus ? t : s);
  });
  return keep;
}

/** Derives the snapshot the reducers read. */
export function displaySnapshot(graph: Graph, input: DisplayInput): DisplaySnapshot {
  const path = input.path && input.path.nodes.length > 1 ? input.path : null;
  const pathNodes = path ? new Set(path.nodes) : null;
  const hovered = input.hovered && graph.hasNode(input.hovered) ? input.hovered : null;
  const selectedNode = input.selectedNode && graph.hasNode(input.selectedNode) ? input.selectedNode : null;
  const selectedEdge = input.selectedEdge && graph.hasEdge(input.selectedEdge) ? input.selectedEdge : null;
  const hoveredRelation = input.hoveredRelation && graph.hasEdge(input.hoveredRelation) && input.visibility.edges.has(input.hoveredRelation)
    ? input.hoveredRelation : null;
  // Hover wins over a shown path, which wins over the plain selection (a quiet hover changes neither).
  const quiet = input.quietHover === true && hovered !== null;
  const spotlight = (quiet ? null : hovered) ?? (pathNodes || input.rings ? null : selectedNode);
  let hoverEdges: Set<string> | null = null;
  if (quiet) {
    hoverEdges = new Set();
    graph.forEachEdge(hovered, (edge) => { if (input.visibility.edges.has(edge)) hoverEdges!.add(edge); });
  }
  let kept = spotlight ? neighbourhood(graph, spotlight, input.visibility.edges)
    : pathNodes ?? (selectedEdge ? new Set([graph.source(selectedEdge), graph.target(selectedEdge)]) : null);
  // A tour step's claims stay in colour with their ends, over whatever else is lit (outside Focus, which shows only its rings).
  let claimEdges: Set<string> | null = null;
  for (const edge of input.claims ?? []) {
    if (!graph.hasEdge(edge) || !input.visibility.edges.has(edge)) continue;
    (claimEdges ??= new Set()).add(edge);
    if (!input.rings) {
      kept ??= new Set();
      kept.add(graph.source(edge));
      kept.add(graph.target(edge));
    }
  }
  return { ...input, hovered, selectedNode, selectedEdge, hoveredRelation, path, spotlight, kept, pathEdges: path ? new Set(path.edges) : null, claimEdges, hoverEdges };
}

/** Whether two snapshots show the same view, pointer aside (and, with `selection`, the same selection). */
function sameView(before: DisplaySnapshot, after: DisplaySnapshot, selection: boolean): boolean {
  return before.visibility === after.visibility && before.sizes === after.sizes && before.path === after.path
    && (!selection || (before.selectedNode === after.selectedNode && before.selectedEdge === after.selectedEdge)) && before.rings === after.rings
    && before.background === after.background && before.periods === after.periods && before.claims === after.claims
    && before.names === after.names;
}

/**
 * Whether the only change between two snapshots is which node or relation is selected (a click). On
 * a large graph its full repaint waits until the panel it opens is on screen (GraphCanvas).
 */
export function selectionOnlyChange(before: DisplaySnapshot, after: DisplaySnapshot): boolean {
  return !sameView(before, after, true) && sameView(before, after, false)
    && before.hovered === after.hovered && before.hoveredRelation === after.hoveredRelation;
}

/**
 * The nodes and relations whose display differs between two snapshots that differ only by the
 * hovered node, or null when more changed (then everything is re-indexed).
 */
export function hoverChanges(graph: Graph, before: DisplaySnapshot, after: DisplaySnapshot): { nodes: string[]; edges: string[] } | null {
  if (!sameView(before, after, true)) return null;
  if (before.hovered === after.hovered) {
    if (before.hoveredRelation === after.hoveredRelation) return { nodes: [], edges: [] };
    // A relation pointed at in the panel: only it and its ends change.
    const edges = [before.hoveredRelation, after.hoveredRelation].filter((e): e is string => e !== null);
    return { nodes: [...new Set(edges.flatMap((e) => [graph.source(e), graph.target(e)]))], edges };
  }
  if (before.hoveredRelation !== after.hoveredRelation) return null;
  // A quiet hover touches the hovered nodes and their relations only.
  if (before.quietHover && after.quietHover) {
    const nodes = [before.hovered, after.hovered].filter((n): n is string => n !== null);
    return { nodes: [...new Set(nodes)], edges: [...new Set([...(before.hoverEdges ?? []), ...(after.hoverEdges ?? [])])] };
  }
  // From or to "nothing in focus", every node and relation changes colour.
  if (!before.kept || !after.kept || !before.spotlight || !after.spotlight) return { nodes: graph.nodes(), edges: graph.edges() };
  const nodes = new Set<string>();
  for (const n of before.kept) if (!after.kept.has(n)) nodes.add(n);
  for (const n of after.kept) if (!before.kept.has(n)) nodes.add(n);
  for (const n of [before.hovered, after.hovered, before.spotlight, after.spotlight]) if (n) nodes.add(n);
  const edges = new Set<string>();
  for (const n of [before.spotlight, after.spotlight]) graph.forEachEdge(n, (edge) => { edges.add(edge); });
  // A step's claims are drawn strong only while nothing is hovered.
  for (const edge of after.claimEdges ?? []) edges.add(edge);
  return { nodes: [...nodes], edges: [...edges] };
}

/**
 * The order in which node labels are placed: the selected node, the ends of a relation pointed at
 * in the panel, the nodes of a shown connection, the ends of a tour step's claims, the lit neighbourhood, in Focus the nearer rings
 * before the farther, then every other node, each group by importance (`byImportance`, most
 * important first).
 */
export function labelPriority(graph: Graph, snapshot: DisplaySnapshot, byImportance: readonly string[]): string[] {
  const first: string[] = [];
  const seen = new Set<string>();
  const take = (node: string | null | undefined) => {
    if (node && !seen.has(node)) { seen.add(node); first.push(node); }
  };
  take(snapshot.selectedNode);
  take(snapshot.hovered);
  const relation = snapshot.hoveredRelation;
  if (relation) for (const node of graph.extremities(relation)) take(node);
  for (const node of snapshot.path?.nodes ?? []) take(node);
  for (const edge of snapshot.claimEdges ?? []) for (const node of graph.extremities(edge)) take(node);
  if (snapshot.kept) for (const node of byImportance) if (snapshot.kept.has(node)) take(node);
  const rings = snapshot.rings;
  if (rings) for (let d = 1; d <= 3; d++) for (const node of byImportance) if (rings.get(node) === d) take(node);
  for (const node of byImportance) take(node);
  return first;
}

/**
 * The relations the edge reducer may label in this snapshot (reducers.ts: the selected relation, the
 * one pointed at in the panel, a shown connection, a tour step's claims, the selected node's
 * relations and, in Focus, the centre's): a superset, each still checked, so a frame's relation
 * labels need not look at every relation of a large graph.
 */
export function labelledEdges(graph: Graph, snapshot: DisplaySnapshot): Set<string> {
  const edges = new Set<string>();
  for (const edge of [snapshot.selectedEdge, snapshot.hoveredRelation]) if (edge) edges.add(edge);
  for (const edge of snapshot.pathEdges ?? []) edges.add(edge);
  for (const edge of snapshot.claimEdges ?? []) edges.add(edge);
  const around = (node: string) => graph.forEachEdge(node, (edge) => { edges.add(edge); });
  if (snapshot.selectedNode) around(snapshot.selectedNode);
  if (snapshot.rings) for (const [node, ring] of snapshot.rings) if (ring === 0 && graph.hasNode(node)) around(node);
  return edges;
}
