// The view in the URL (selection, filters, camera, sizing, graph or list) so a shared link restores it.
// Parsing never throws: anything unknown or malformed is dropped with a notice the UI can show.
import { METRIC_KEYS, type MetricKey } from '../analysis/metrics';
import { CONFIDENCE_LEVELS, CURRENT_KEYS, NODE_KINDS, RELATION_KEYS } from '../model/vocabulary';
import { DEFAULT_FILTERS, type Filters } from './filters';

/** Everything a link restores. */
export interface ViewState {
  /** Selection: at most one of node and edge. */
  node: string | null;
  edge: string | null;
  /** With a node selected: the node whose connection to it is shown. */
  path: string | null;
  filters: Filters;
  camera: { x: number; y: number; ratio: number } | null;
  size: MetricKey;
  view: 'graph' | 'list';
}

/** The view a link without parameters opens. */
export const DEFAULT_VIEW: ViewState = {
  node: null,
  edge: null,
  path: null,
  filters: DEFAULT_FILTERS,
  camera: null,
  size: 'degree',
  view: 'graph',
};

const VIEWS = ['graph', 'list'] as const;
const PARAMS = [
  'node', 'edge', 'path', 'hide-kinds', 'hide-currents', 'hide-relations', 'confidence', 'from', 'to', 'camera', 'size', 'view',
] as const;
type Param = (typeof PARAMS)[number];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const YEAR = /^-?\d{1,4}$/;

// Long garbage values are cut so a notice stays one readable line.
function quote(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

function oneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

function parseList<T extends string>(value: string, options: readonly T[], what: string, param: Param, notices: string[]): T[] {
  const kept: T[] = [];
  for (const item of value.split(',')) {
    if (item === '') continue;
    if (!oneOf(options, item)) notices.push(`Unknown ${what} ${quote(item)} in ${param} — ignored.`);
    else if (!kept.includes(item)) kept.push(item);
  }
  return kept;
}

/** Reads a location's query string; `known` says which node and edge ids exist. */
export function parseViewState(
  search: string,
  known: { hasNode(id: string): boolean; hasEdge(id: string): boolean },
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const filters: Filters = { ...DEFAULT_FILTERS, hiddenKinds: [], hiddenCurrents: [], hiddenRelations: [] };
  const state: ViewState = { ...DEFAULT_VIEW, filters };
  const years: { from?: number; to?: number } = {};
  const seen = new Set<string>();

  for (const [param, value] of new URLSearchParams(search)) {
    if (!oneOf(PARAMS, param)) {
      notices.push(`Unknown parameter ${quote(param)} — ignored.`);
      continue;
    }
    if (seen.has(param)) {
      notices.push(`Repeated parameter "${param}" ${quote(value)} — ignored.`);
      continue;
    }
    seen.add(param);
    switch (param) {
      case 'node':
      case 'edge':
        if (param === 'node' ? known.hasNode(value) : known.hasEdge(value)) state[param] = value;
        else notices.push(`Unknown ${param} ${quote(value)} in ?${param}= — ignored.`);
        break;
      case 'path':
        if (known.hasNode(value)) state.path = value;
        else notices.push(`Unknown node ${quote(value)} in ?path= — ignored.`);
        break;
      case 'hide-kinds':
        filters.hiddenKinds = parseList(value, NODE_KINDS, 'kind', param, notices);
        break;
      case 'hide-currents':
        filters.hiddenCurrents = parseList(value, CURRENT_KEYS, 'current', param, notices);
        break;
      case 'hide-relations':
        filters.hiddenRelations = parseList(value, RELATION_KEYS, 'relation', param, notices);
        break;
      case 'confidence':
        if (oneOf(CONFIDENCE_LEVELS, value)) filters.minConfidence = value;
        else notices.push(`Unknown confidence ${quote(value)} in ?confidence= — ignored.`);
        break;
      case 'from':
      case 'to':
        if (YEAR.test(value)) years[param] = Number(value);
        else notices.push(`Malformed year ${quote(value)} in ?${param}= — ignored.`);
        break;
      case 'camera': {
        const parts = value.split(',');
        const [x, y, ratio] = parts.map(Number);
        if (parts.length === 3 && parts.every((p) => NUMBER.test(p)) && [x, y, ratio].every(Number.isFinite) && ratio > 0) {
          state.camera = { x, y, ratio };
        } else notices.push(`Malformed camera ${quote(value)} — ignored.`);
        break;
      }
      case 'size':
        if (oneOf(METRIC_KEYS, value)) state.size = value;
        else notices.push(`Unknown size ${quote(value)} in ?size= — ignored.`);
        break;
      case 'view':
        if (oneOf(VIEWS, value)) state.view = value;
        else notices.push(`Unknown view ${quote(value)} in ?view= — ignored.`);
        break;
    }
  }

  if (years.from !== undefined && years.to !== undefined) {
    if (years.from <= years.to) filters.years = { from: years.from, to: years.to };
    else notices.push(`Years from ${years.from} to ${years.to} run backwards — year window ignored.`);
  } else if (years.from !== undefined || years.to !== undefined) {
    notices.push(`A year window needs both ?from= and ?to= — year window ignored.`);
  }
  if (state.node !== null && state.edge !== null) {
    notices.push(`Both ?node= and ?edge= given — kept node ${quote(state.node)}, ignored edge ${quote(state.edge)}.`);
    state.edge = null;
  }
  if (state.path !== null && state.node === null) {
    notices.push(`?path= needs a ?node= to start from — path ${quote(state.path)} ignored.`);
    state.path = null;
  }
  return { state, notices };
}

// Sigma camera coordinates are normalized to about 0–1, so 4 decimals are well under a pixel.
function round(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

/** Writes the state as a query string: '' for the default view, parameters in a fixed order, defaults left out. */
export function serializeViewState(state: ViewState): string {
  const { filters, camera } = state;
  const list = (items: readonly string[]) => items.map(encodeURIComponent).join(',');
  const params: [Param, string | null][] = [
    ['node', state.node === null ? null : encodeURIComponent(state.node)],
    ['edge', state.edge === null ? null : encodeURIComponent(state.edge)],
    ['path', state.path === null || state.node === null ? null : encodeURIComponent(state.path)],
    ['hide-kinds', filters.hiddenKinds.length > 0 ? list(filters.hiddenKinds) : null],
    ['hide-currents', filters.hiddenCurrents.length > 0 ? list(filters.hiddenCurrents) : null],
    ['hide-relations', filters.hiddenRelations.length > 0 ? list(filters.hiddenRelations) : null],
    ['confidence', filters.minConfidence === DEFAULT_FILTERS.minConfidence ? null : filters.minConfidence],
    ['from', filters.years === null ? null : String(filters.years.from)],
    ['to', filters.years === null ? null : String(filters.years.to)],
    ['camera', camera === null ? null : [camera.x, camera.y, camera.ratio].map(round).join(',')],
    ['size', state.size === DEFAULT_VIEW.size ? null : state.size],
    ['view', state.view === DEFAULT_VIEW.view ? null : state.view],
  ];
  const query = params.filter(([, value]) => value !== null).map(([param, value]) => `${param}=${value}`);
  return query.length > 0 ? `?${query.join('&')}` : '';
}
