// The explorer's view and every change to it, as pure transitions `(view, args) => view`.
// AtlasState applies them; components only ask. Tested in Node without a browser.
import type { MetricKey } from '../analysis/metric-keys';
import type { FocusDepth } from '../analysis/neighbourhood';
import type { PathRule } from '../analysis/path-rules';
import { DEFAULT_FILTERS, isDefaultFilters, toggle, type FilterKey, type Filters } from '../query/filters';
import { isNoLens, LENS_KIND_KEYS, NO_LENS, type Provenance } from '../query/provenance';
import { setFacetRange as facetRange, toggleFacetValue as facetToggle } from '../query/facets';
import { windowAt, windowWidth, type Periods, type YearWindow } from '../query/timeline';
import { clampCamera, DEFAULT_LINK, type Camera, type KnownIds, type LinkView, type Mode, type RegionMode } from '../query/url-state';
import type { Confidence, Current, NodeKind, Relation } from '../model/vocabulary';

/**
 * A request to move the camera, carried out once by the canvas: to a node ('focus'), to fit a set
 * of nodes ('frame'), or to a given place ('set'). `seq` makes two equal requests distinct.
 */
export type CameraIntent =
  | { kind: 'focus'; ids: string[]; seq: number }
  | { kind: 'frame'; ids: string[]; seq: number }
  | { kind: 'set'; camera: Camera; seq: number };

/** What a notice's button does: 'update' switches the page to the new version of the app. */
export type NoticeAction = 'update';

/** A message over the stage; `details` are listed under it when there are many. */
export interface Notice { text: string; details: string[]; action?: NoticeAction }

/** The words of the notice that offers a new version (its button says "Reload"). */
export const UPDATE_NOTICE = 'A new version of the atlas is ready.';

/** Everything the explorer shows apart from the graph itself. */
export interface View extends LinkView {
  hovered: string | null;
  /** A relation pointed at in the panel: lit on the map with the node at its other end. */
  hoveredRelation: string | null;
  intent: CameraIntent | null;
  /** The sequence number of the last camera request made (requests are numbered in order). */
  intentSeq: number;
  notices: Notice[];
  /** Problems in dataset files the user tried to open, as `file:line:column: id: field: message`. */
  importProblems: string[];
}

export const INITIAL_VIEW: View = Object.freeze({
  ...DEFAULT_LINK, hovered: null, hoveredRelation: null, intent: null, intentSeq: 0, notices: [], importProblems: [],
});

const nextSeq = (view: View) => view.intentSeq + 1;

/**
 * Selects a node; `focus` also asks the camera to bring it into view. In Focus, the focus moves to
 * the node (its neighbourhood is laid out instead of the camera moving). Unknown ids change nothing.
 */
export function selectNode(view: View, args: { id: string; focus: boolean; known: KnownIds }): View {
  if (!args.known.hasNode(args.id)) return view;
  const same = view.selection?.kind === 'node' && view.selection.id === args.id;
  const move = args.focus && !view.focus;
  return {
    ...view,
    selection: same ? view.selection : { kind: 'node', id: args.id },
    pathTo: same ? view.pathTo : null,
    focus: view.focus && view.focus.id !== args.id ? { id: args.id, depth: view.focus.depth } : view.focus,
    hoveredRelation: null,
    intent: move ? { kind: 'focus', ids: [args.id], seq: nextSeq(view) } : view.intent,
    intentSeq: move ? nextSeq(view) : view.intentSeq,
  };
}

/**
 * Turns Focus on around the selected node (or the node already in focus) at a depth of 1–3 steps,
 * or off with null. A connection being shown is dropped: Focus and a connection are not shown together.
 */
export function setFocus(view: View, depth: FocusDepth | null): View {
  if (depth === null) return view.focus ? { ...view, focus: null } : view;
  const id = view.selection?.kind === 'node' ? view.selection.id : view.focus?.id;
  if (!id) return view;
  if (view.focus?.id === id && view.focus.depth === depth) return view;
  return { ...view, focus: { id, depth }, pathTo: null };
}

/** Points at a relation (from the panel), or at none. */
export function hoverRelation(view: View, edge: string | null): View {
  return view.hoveredRelation === edge ? view : { ...view, hoveredRelation: edge };
}

/** Selects a relation, also by an id it had before it was re-typed (a connection being shown is dropped). */
export function selectEdge(view: View, args: { id: string; known: KnownIds }): View {
  const id = args.known.hasEdge(args.id) ? args.id : args.known.currentEdge?.(args.id) ?? null;
  if (id === null) return view;
  return { ...view, selection: { kind: 'edge', id }, pathTo: null, hoveredRelation: null };
}

/** Opens a source's page in the panel (a connection being shown is dropped); a malformed id changes nothing. */
export function selectSource(view: View, id: string): View {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return view;
  if (view.selection?.kind === 'source' && view.selection.id === id) return view;
  return { ...view, selection: { kind: 'source', id }, pathTo: null, hoveredRelation: null };
}

export function clearSelection(view: View): View {
  return view.selection === null && view.pathTo === null ? view : { ...view, selection: null, pathTo: null, hoveredRelation: null };
}

/** Shows (or with null, hides) the connection from the selected node to another. */
export function showPathTo(view: View, args: { id: string | null; known: KnownIds }): View {
  if (view.selection?.kind !== 'node') return view;
  const pathTo = args.id !== null && args.known.hasNode(args.id) && args.id !== view.selection.id ? args.id : null;
  return pathTo === view.pathTo ? view : { ...view, pathTo, chain: 0, focus: pathTo ? null : view.focus };
}

/** Chooses what may count as a step of a connection; the first chain under the new rule is shown. */
export function setPathRule(view: View, rule: PathRule): View {
  return view.pathRule === rule ? view : { ...view, pathRule: rule, chain: 0 };
}

/** Shows another of the chains found (0 is the first). */
export function chooseChain(view: View, index: number): View {
  return !Number.isInteger(index) || index < 0 || index > 2 || view.chain === index ? view : { ...view, chain: index };
}

export function hover(view: View, id: string | null): View {
  return view.hovered === id ? view : { ...view, hovered: id };
}

/** Sets one filter to a value. */
export function setFilter<K extends FilterKey>(view: View, key: K, value: Filters[K]): View {
  return view.filters[key] === value ? view : { ...view, filters: { ...view.filters, [key]: value } };
}

export const toggleKind = (view: View, kind: NodeKind | string) => setFilter(view, 'hiddenKinds', toggle(view.filters.hiddenKinds, kind));
export const toggleCurrent = (view: View, current: Current | string) => setFilter(view, 'hiddenCurrents', toggle(view.filters.hiddenCurrents, current));
export const toggleRelation = (view: View, relation: Relation | string) => setFilter(view, 'hiddenRelations', toggle(view.filters.hiddenRelations, relation));
/** Hides (or shows again) one value of an opened graph's categorical attribute (`key` is `node:city`, `edge:kind`…). */
export const toggleFacetValue = (view: View, args: { key: string; value: string }) => setFilter(view, 'facets', facetToggle(view.filters.facets, args.key, args.value));
/** Keeps only values within a range of an opened graph's numeric attribute, or (null) all of them. */
export function setFacetRange(view: View, args: { key: string; range: readonly [number, number] | null }): View {
  const current = view.filters.facets.ranges[args.key];
  if (!current && !args.range) return view;
  if (current && args.range && current[0] === args.range[0] && current[1] === args.range[1]) return view;
  return setFilter(view, 'facets', facetRange(view.filters.facets, args.key, args.range));
}
export const setMinConfidence = (view: View, level: Confidence) => setFilter(view, 'minConfidence', level);

/**
 * Sets the timeline window. A window covering the whole span of the data is no window at all,
 * and a window that runs backwards or is not made of whole years changes nothing.
 */
export function setYearWindow(view: View, args: { window: YearWindow | null; span: YearWindow }): View {
  const { window, span } = args;
  if (window === null) return setFilter(view, 'years', null);
  const { from, to } = window;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) return view;
  if (from <= span.from && to >= span.to) return setFilter(view, 'years', null);
  const current = view.filters.years;
  if (current && current.from === from && current.to === to) return view;
  return setFilter(view, 'years', { from, to });
}

const wholeYears = (w: YearWindow) => Number.isInteger(w.from) && Number.isInteger(w.to) && w.from <= w.to;

/**
 * Starts comparing two periods. The first is the current year window (or the first half of the
 * span); the second, a window as wide just after it (or just before, when the first reaches the end
 * of the span; with no window, the second half). Already comparing: nothing changes.
 */
export function startCompare(view: View, span: YearWindow): View {
  if (view.compare) return view;
  const window = view.filters.years;
  let periods: Periods;
  if (!window) {
    const middle = Math.floor((span.from + span.to) / 2);
    periods = { a: { from: span.from, to: middle }, b: { from: Math.min(middle + 1, span.to), to: span.to } };
  } else {
    const width = windowWidth(window);
    const after = windowAt(window.to + 1, width, span);
    periods = { a: window, b: after.from > window.to ? after : windowAt(window.from - width, width, span) };
  }
  return { ...view, compare: periods };
}

/** Sets the two periods compared (null leaves the comparison); a window running backwards or not in whole years changes nothing. */
export function setCompare(view: View, periods: Periods | null): View {
  if (periods === null) return view.compare ? { ...view, compare: null } : view;
  if (!wholeYears(periods.a) || !wholeYears(periods.b)) return view;
  const c = view.compare;
  if (c && c.a.from === periods.a.from && c.a.to === periods.a.to && c.b.from === periods.b.from && c.b.to === periods.b.to) return view;
  return { ...view, compare: { a: { ...periods.a }, b: { ...periods.b } } };
}

/** Moves one of the two periods compared (`a` the first, `b` the second); not comparing, nothing changes. */
export function setComparePeriod(view: View, args: { which: 'a' | 'b'; window: YearWindow }): View {
  return view.compare ? setCompare(view, { ...view.compare, [args.which]: args.window }) : view;
}

/** Sets the provenance lens; a source id that is not a slug, or a count other than 1 or 2, changes nothing. */
export function setProvenance(view: View, lens: Provenance): View {
  const current = view.filters.provenance;
  if (current.source === lens.source && current.kind === lens.kind && current.minSources === lens.minSources) return view;
  if (lens.minSources !== 1 && lens.minSources !== 2) return view;
  if (lens.source !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(lens.source)) return view;
  if (lens.kind !== null && !LENS_KIND_KEYS.includes(lens.kind)) return view;
  return setFilter(view, 'provenance', isNoLens(lens) ? NO_LENS : { source: lens.source, kind: lens.kind, minSources: lens.minSources });
}

export function resetFilters(view: View): View {
  return isDefaultFilters(view.filters) ? view : { ...view, filters: DEFAULT_FILTERS };
}

export function setSize(view: View, size: MetricKey): View {
  return view.size === size ? view : { ...view, size };
}

export function setMode(view: View, mode: Mode): View {
  return view.mode === mode ? view : { ...view, mode };
}

/** The canvas carried out a camera request: it is not carried out again (say, when the canvas remounts). */
export function intentDone(view: View, seq: number): View {
  return view.intent?.seq === seq ? { ...view, intent: null } : view;
}

/** Records where the user moved the camera (no camera move is asked for). */
export function cameraMoved(view: View, camera: Camera): View {
  const c = view.camera;
  return c && c.x === camera.x && c.y === camera.y && c.ratio === camera.ratio ? view : { ...view, camera };
}

/** Turns one link's notices into one notice: listed when few, summarised when many. */
export function linkNotice(items: string[]): Notice | null {
  if (items.length === 0) return null;
  if (items.length === 1) return { text: items[0], details: [] };
  return { text: `${items.length} parts of this link could not be used and were ignored.`, details: items };
}

/**
 * Restores a view from a link (first load, back/forward): the link's selection, focus, filters, size
 * and mode, and a camera move — to the linked camera when it has one, else to the linked node
 * (unless in Focus, which frames its own layout).
 */
export function applyLink(view: View, args: { link: LinkView; notices: string[] }): View {
  const notices = [...args.notices];
  let link = args.link;
  if (link.camera) {
    const { camera, clamped } = clampCamera(link.camera);
    if (clamped) notices.push('The camera in this link was outside the map — brought back within it.');
    link = { ...link, camera };
  }
  const seq = nextSeq(view);
  const intent: CameraIntent | null = link.camera ? { kind: 'set', camera: link.camera, seq }
    // Focus frames its own layout; otherwise a linked node is brought into view.
    : link.selection?.kind === 'node' && !link.focus ? { kind: 'focus', ids: [link.selection.id], seq } : view.intent;
  const notice = linkNotice(notices);
  return {
    ...view,
    ...link,
    // Keep the filters object when nothing changed, so nothing derived from it is recomputed.
    filters: sameFilters(view.filters, link.filters) ? view.filters : link.filters,
    hovered: null,
    hoveredRelation: null,
    intent,
    intentSeq: intent === view.intent ? view.intentSeq : seq,
    notices: notice ? [...view.notices, notice] : view.notices,
  };
}

function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A new graph was opened: everything tied to the old one starts afresh; notices stay. */
export function graphReplaced(view: View, notice?: string): View {
  return {
    ...INITIAL_VIEW,
    intentSeq: view.intentSeq,
    size: view.size,
    mode: view.mode,
    regions: view.regions,
    notices: notice ? [...view.notices, { text: notice, details: [] }] : view.notices,
  };
}

export function addNotice(view: View, text: string): View {
  return { ...view, notices: [...view.notices, { text, details: [] }] };
}

/** A new version of the app is installed and waiting: one notice offers it, first in the list. */
export function updateReady(view: View): View {
  if (view.notices.some((n) => n.action === 'update')) return view;
  return { ...view, notices: [{ text: UPDATE_NOTICE, details: [], action: 'update' }, ...view.notices] };
}

/** The user took the new version (the page is about to reload): its notice goes. */
export function updateTaken(view: View): View {
  return view.notices.some((n) => n.action === 'update') ? { ...view, notices: view.notices.filter((n) => n.action !== 'update') } : view;
}

export function dismissNotice(view: View, index: number): View {
  return index < 0 || index >= view.notices.length ? view : { ...view, notices: view.notices.filter((_n, i) => i !== index) };
}

export function setImportProblems(view: View, problems: string[]): View {
  return view.importProblems.length === 0 && problems.length === 0 ? view : { ...view, importProblems: problems };
}

/** The part of the view a link holds. */
export function linkOf(view: View): LinkView {
  return { selection: view.selection, pathTo: view.pathTo, pathRule: view.pathRule, chain: view.chain, focus: view.focus, filters: view.filters, camera: view.camera, size: view.size, mode: view.mode, regions: view.regions, compare: view.compare, tour: view.tour };
}

/**
 * How a change of view goes into the browser history: a new selection, connection, focus or tour
 * step, or starting or leaving a comparison, is a step (back returns to the previous one); anything
 * else (moving a period, the filters, the camera) replaces the current entry.
 */
export function historyStep(before: LinkView, after: LinkView): 'push' | 'replace' {
  const key = (l: LinkView) => `${l.selection?.kind ?? ''}:${l.selection?.id ?? ''}>${l.pathTo ?? ''}/${l.pathRule}/${l.chain}@${l.focus ? `${l.focus.id}/${l.focus.depth}` : ''}${l.compare ? '~' : ''}`
    + `#${l.tour ? `${l.tour.id}/${l.tour.step}` : ''}`;
  return key(before) === key(after) ? 'replace' : 'push';
}

/** Draws regions behind the nodes (the currents, or the communities), or none. */
export function setRegions(view: View, regions: RegionMode): View {
  return view.regions === regions ? view : { ...view, regions };
}
