// The view a link holds (selection, connection, filters, camera, sizing, graph or list, regions), written
// to and read from the query string so a shared link restores it. Parsing never throws: anything
// unknown or malformed is dropped and named in a notice. Filters come from the filter registry.
import { METRIC_KEYS, type MetricKey } from '../analysis/metric-keys';
import { FOCUS_DEPTHS, type FocusDepth } from '../analysis/neighbourhood';
import { PATH_RULES, type PathRule } from '../analysis/path-rules';
import type { GraphVocabulary } from '../model/graph-vocabulary';
import { decodeFilters, DEFAULT_FILTERS, encodeFilters, FILTER_PARAMS, quote, type Filters } from './filters';
import type { Periods, YearWindow } from './timeline';
import type { TourPlace } from './tour-view';

/** Where the camera looks: sigma's normalized coordinates and zoom ratio. The app's one camera type. */
export interface Camera { x: number; y: number; ratio: number }
/** What the panel shows: a node, a relation, or a source's page (`?source-page=`). */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'source'; id: string } | null;
export type Mode = 'graph' | 'list' | 'analysis';
/** Focus: only the neighbourhood of `id` up to `depth` steps, laid out around it to be read. */
export interface Focus { id: string; depth: FocusDepth }
/** The regions drawn behind the nodes: none, the curated currents, or the build's Louvain communities. */
export const REGION_MODES = ['none', 'currents', 'communities'] as const;
export type RegionMode = (typeof REGION_MODES)[number];

/** Everything a link restores. */
export interface LinkView {
  selection: Selection;
  /** With a node selected: the node whose connection to it is shown. */
  pathTo: string | null;
  /** What may count as a step of that connection. */
  pathRule: PathRule;
  /** Which of the (up to three) chains found is shown, from 0. */
  chain: number;
  /** Focus on a node's neighbourhood (never together with a connection). */
  focus: Focus | null;
  filters: Filters;
  camera: Camera | null;
  size: MetricKey;
  mode: Mode;
  regions: RegionMode;
  /** Two periods compared (`?compare=1936-1939,1946-1956`): the map shows both, coloured by what changed. */
  compare: Periods | null;
  /** The tour being followed and its step (?tour=<id>&step=N); the tours load after the link is read. */
  tour: TourPlace | null;
}

/** The view a link without parameters opens. */
export const DEFAULT_LINK: LinkView = Object.freeze({
  selection: null, pathTo: null, pathRule: 'all', chain: 0, focus: null, filters: DEFAULT_FILTERS, camera: null, size: 'degree', mode: 'graph', regions: 'none',
  compare: null,
  tour: null,
});

/** How far the camera may go: the graph spans 0–1 in sigma's coordinates; zoom as sigma allows. */
export const CAMERA_LIMITS = { minRatio: 0.05, maxRatio: 4, min: -1, max: 2 } as const;

/** The camera brought within CAMERA_LIMITS, and whether that moved it. */
export function clampCamera(camera: Camera): { camera: Camera; clamped: boolean } {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const { min, max, minRatio, maxRatio } = CAMERA_LIMITS;
  const out = { x: clamp(camera.x, min, max), y: clamp(camera.y, min, max), ratio: clamp(camera.ratio, minRatio, maxRatio) };
  return { camera: out, clamped: out.x !== camera.x || out.y !== camera.y || out.ratio !== camera.ratio };
}

/**
 * What a link may name; ids it names are checked against the open graph (kinds and relations against
 * its vocabulary). `currentEdge` maps an id a relation was published under before it was re-typed to
 * its id today (null when there is none).
 */
export interface KnownIds { hasNode(id: string): boolean; hasEdge(id: string): boolean; currentEdge?(id: string): string | null; vocabulary?: GraphVocabulary }

const MODES = ['graph', 'list', 'analysis'] as const;
const OWN_PARAMS = ['tour', 'step', 'node', 'edge', 'source-page', 'path', 'via', 'chain', 'focus', 'around', 'camera', 'size', 'view', 'regions', 'compare'] as const;
/** Which graph is open: `file` (a URL the app fetched) or `local` (a file from the user's computer); read by the app shell. */
export const FILE_PARAMS = ['file', 'local'] as const;
const PARAMS: readonly string[] = [...FILE_PARAMS, ...OWN_PARAMS, ...FILTER_PARAMS];
/** More notices than this from one link are summarised. */
const MAX_NOTICES = 500;

// A source id's shape: sources arrive with the texts, after the link is read, so only the shape is checked here.
// Tours arrive later too: a tour id is checked for its shape alone.
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Steps counted from 1, as a reader counts them. */
const STEP = /^[1-9]\d{0,2}$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function oneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

function parseCamera(raw: string): Camera | null {
  // A '+' typed into a link (1e+5) arrives as a space: no number holds a space, so put it back.
  const parts = raw.replace(/ /g, '+').split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [x, y, ratio] = parts.map(Number);
  return [x, y, ratio].every(Number.isFinite) && ratio > 0 ? { x, y, ratio } : null;
}

const PERIOD = /^(\d{1,4})(?:-(\d{1,4}))?$/;

/** `1936-1939,1946-1956` (or a single year, `1937`) as two windows; null when malformed or backwards. */
function parsePeriods(raw: string): Periods | null {
  const parts = raw.split(',');
  if (parts.length !== 2) return null;
  const windows = parts.map((part): YearWindow | null => {
    const match = PERIOD.exec(part.trim());
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    return from <= to ? { from, to } : null;
  });
  return windows[0] && windows[1] ? { a: windows[0], b: windows[1] } : null;
}

const periodParam = (w: YearWindow) => (w.from === w.to ? String(w.from) : `${w.from}-${w.to}`);

/** Reads a location's query string against the ids of the open graph. */
export function parseLink(search: string, known: KnownIds): { link: LinkView; notices: string[] } {
  const notices: string[] = [];
  const values = new Map<string, string>();
  let extra = 0;
  const notice = (text: string) => { if (notices.length < MAX_NOTICES) notices.push(text); else extra++; };
  for (const [param, value] of new URLSearchParams(search)) {
    if (!PARAMS.includes(param)) notice(`Unknown parameter ${quote(param)} — ignored.`);
    else if (values.has(param)) notice(`Repeated parameter "${param}" ${quote(value)} — ignored.`);
    else values.set(param, value);
  }
  const read = (param: string) => values.get(param);
  const filterNotices: string[] = [];
  const link: LinkView = { ...DEFAULT_LINK, filters: decodeFilters(read, filterNotices, known.vocabulary) };
  filterNotices.forEach(notice);

  const node = read('node');
  const edge = read('edge');
  const path = read('path');
  if (node !== undefined) {
    if (known.hasNode(node)) link.selection = { kind: 'node', id: node };
    else notice(`Unknown node ${quote(node)} in ?node= — ignored.`);
  }
  if (edge !== undefined) {
    // A relation re-typed since the link was made is found under its former id.
    const current = known.hasEdge(edge) ? edge : known.currentEdge?.(edge) ?? null;
    if (current === null) notice(`Unknown edge ${quote(edge)} in ?edge= — ignored.`);
    else if (link.selection) notice(`Both ?node= and ?edge= given — kept node ${quote(node!)}, ignored edge ${quote(edge)}.`);
    else link.selection = { kind: 'edge', id: current };
  }
  const sourcePage = read('source-page');
  if (sourcePage !== undefined) {
    if (!SOURCE_ID.test(sourcePage)) notice(`Malformed source id ${quote(sourcePage)} in ?source-page= — ignored.`);
    else if (link.selection) notice(`?source-page= given with a node or an edge — kept the ${link.selection.kind}, ignored source ${quote(sourcePage)}.`);
    else link.selection = { kind: 'source', id: sourcePage };
  }
  if (path !== undefined) {
    if (!known.hasNode(path)) notice(`Unknown node ${quote(path)} in ?path= — ignored.`);
    else if (link.selection?.kind !== 'node') notice(`?path= needs a ?node= to start from — path ${quote(path)} ignored.`);
    else if (path !== link.selection.id) link.pathTo = path;
  }
  const via = read('via');
  if (via !== undefined) {
    if (!oneOf(PATH_RULES, via)) notice(`Unknown rule ${quote(via)} in ?via= (all, ties or friendly) — ignored.`);
    else if (link.pathTo === null) notice('?via= belongs with ?path= — ignored.');
    else link.pathRule = via;
  }
  const chain = read('chain');
  if (chain !== undefined) {
    if (!/^[123]$/.test(chain)) notice(`Unknown chain ${quote(chain)} in ?chain= (1, 2 or 3) — ignored.`);
    else if (link.pathTo === null) notice('?chain= belongs with ?path= — ignored.');
    else link.chain = Number(chain) - 1;
  }
  const focus = read('focus');
  const around = read('around');
  if (around !== undefined && focus === undefined) notice(`?around= belongs with ?focus= — ignored.`);
  if (focus !== undefined) {
    const depth = FOCUS_DEPTHS.find((d) => String(d) === focus);
    const centre = around ?? (link.selection?.kind === 'node' ? link.selection.id : undefined);
    if (depth === undefined) notice(`Unknown focus ${quote(focus)} in ?focus= (1, 2 or 3 steps) — ignored.`);
    else if (around !== undefined && !known.hasNode(around)) notice(`Unknown node ${quote(around)} in ?around= — focus ignored.`);
    else if (centre === undefined) notice('?focus= needs a ?node= to focus on — ignored.');
    else if (link.pathTo !== null) notice('?focus= and ?path= cannot be shown together — kept the connection, ignored the focus.');
    else link.focus = { id: centre, depth };
  }
  const camera = read('camera');
  if (camera !== undefined) {
    link.camera = parseCamera(camera);
    if (!link.camera) notice(`Malformed camera ${quote(camera)} — ignored.`);
  }
  const size = read('size');
  if (size !== undefined) {
    if (oneOf(METRIC_KEYS, size)) link.size = size;
    else notice(`Unknown size ${quote(size)} in ?size= — ignored.`);
  }
  const mode = read('view');
  if (mode !== undefined) {
    if (oneOf(MODES, mode)) link.mode = mode;
    else notice(`Unknown view ${quote(mode)} in ?view= — ignored.`);
  }
  const regions = read('regions');
  if (regions !== undefined) {
    if (oneOf(REGION_MODES, regions)) link.regions = regions;
    else notice(`Unknown regions ${quote(regions)} in ?regions= — ignored (use currents or communities).`);
  }
  const compare = read('compare');
  if (compare !== undefined) {
    link.compare = parsePeriods(compare);
    if (!link.compare) notice(`Malformed periods ${quote(compare)} in ?compare= (two windows such as 1936-1939,1946-1956) — ignored.`);
  }
  const tour = read('tour');
  const step = read('step');
  if (tour !== undefined) {
    if (!SOURCE_ID.test(tour) || tour.length > 200) notice(`Malformed tour id ${quote(tour)} in ?tour= — ignored.`);
    else if (step !== undefined && !STEP.test(step)) {
      notice(`Unknown step ${quote(step)} in ?step= (a number from 1) — opened the first step.`);
      link.tour = { id: tour, step: 0 };
    } else link.tour = { id: tour, step: step === undefined ? 0 : Number(step) - 1 };
  } else if (step !== undefined) notice('?step= belongs with ?tour= — ignored.');
  if (extra > 0) notices.push(`… and ${extra} more parts of the link — ignored.`);
  return { link, notices };
}

/**
 * A camera number for the URL: positions to 4 decimals (well under a pixel), the zoom ratio to 4
 * significant digits (it is a scale factor), and huge values in exponent form rather than "Infinity".
 */
function cameraNumber(value: number, significant: boolean): string {
  const text = significant || Math.abs(value) >= 1e6 ? String(Number(value.toPrecision(4))) : String(Math.round(value * 1e4) / 1e4);
  return (text === '-0' ? '0' : text).replace('+', '%2B');
}

/** Writes a link view as a query string: '' for the default view, parameters in a fixed order, defaults left out. */
export function serializeLink(link: LinkView): string {
  const { selection, camera } = link;
  const params: [string, string][] = [];
  if (link.tour) params.push(['tour', encodeURIComponent(link.tour.id)], ['step', String(link.tour.step + 1)]);
  if (selection) params.push([selection.kind === 'source' ? 'source-page' : selection.kind, encodeURIComponent(selection.id)]);
  if (selection?.kind === 'node' && link.pathTo !== null) {
    params.push(['path', encodeURIComponent(link.pathTo)]);
    if (link.pathRule !== DEFAULT_LINK.pathRule) params.push(['via', link.pathRule]);
    if (link.chain > 0) params.push(['chain', String(link.chain + 1)]);
  }
  const focus = link.focus;
  if (focus) {
    params.push(['focus', String(focus.depth)]);
    if (selection?.kind !== 'node' || selection.id !== focus.id) params.push(['around', encodeURIComponent(focus.id)]);
  }
  params.push(...encodeFilters(link.filters));
  // Focus frames its own layout: a camera in its link would point at the global map.
  if (camera && !focus) params.push(['camera', [cameraNumber(camera.x, false), cameraNumber(camera.y, false), cameraNumber(camera.ratio, true)].join(',')]);
  if (link.size !== DEFAULT_LINK.size) params.push(['size', link.size]);
  if (link.mode !== DEFAULT_LINK.mode) params.push(['view', link.mode]);
  if (link.regions !== DEFAULT_LINK.regions) params.push(['regions', link.regions]);
  if (link.compare) params.push(['compare', `${periodParam(link.compare.a)},${periodParam(link.compare.b)}`]);
  return params.length > 0 ? `?${params.map(([param, value]) => `${param}=${value}`).join('&')}` : '';
}

/**
 * The query string with the open graph's origin first: `?file=<url>` for a graph fetched from an
 * address, `?local=<name>` for one opened from the user's computer (a link cannot reopen it), nothing
 * for the bundled atlas.
 */
export function withFile(query: string, file: { url: string } | { local: string } | null): string {
  if (!file) return query;
  const part = 'url' in file ? `file=${encodeURIComponent(file.url)}` : `local=${encodeURIComponent(file.local)}`;
  return query ? `?${part}&${query.slice(1)}` : `?${part}`;
}
