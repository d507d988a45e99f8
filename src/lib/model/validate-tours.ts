// Checks data/tours.json against the dataset it tours: structure (zod), then every id a step names
// (nodes, relations, sources), the sense of each view as a link (a connection needs a node to start
// from, Focus and a connection are not shown together, years inside the data's span, a camera on the
// map) and that each claim has evidence and is shown by its step's filters. Problems point at the
// offending value (line and column, from jsonc-parser); nothing here throws, whatever the text.
import type { z } from 'zod';
import { describeFilters, edgeVisible, isDefaultFilters, nodeVisible, type Filters } from '../query/filters';
import type { ProvenanceIndex } from '../query/provenance';
import { relationSpan } from '../query/timeline';
import { tourFilters } from '../query/tour-view';
import { CAMERA_LIMITS } from '../query/url-state';
import { formerIdIndex } from './former-ids';
import { JsonPlaces, readJson } from './json-error';
import { TOUR_LIMITS, tourSchema } from './tour-schema';
import type { Tour, TourStep } from './tour-types';
import type { AtlasRelation, Dataset, Problem } from './types';

export const TOURS_FILE = 'tours.json';

/** Most problems reported for one tour; the rest are counted in one last line. */
const MAX_PER_TOUR = 50;

/** "step 3: view.node" for a path inside a tour, "title" outside its steps. */
export function tourField(path: readonly PropertyKey[]): string {
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const rest = path.slice(2).map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
    return `step ${path[1] + 1}${rest ? `: ${rest}` : ''}`;
  }
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '-';
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Lists too long to check item by item (a hostile file): named before zod walks them. */
function oversized(raw: unknown): { path: PropertyKey[]; max: number }[] {
  if (!isObject(raw)) return [];
  const found: { path: PropertyKey[]; max: number }[] = [];
  const steps = Object.hasOwn(raw, 'steps') ? raw.steps : undefined;
  if (!Array.isArray(steps)) return found;
  if (steps.length > TOUR_LIMITS.steps) return [{ path: ['steps'], max: TOUR_LIMITS.steps }];
  steps.forEach((step, s) => {
    if (!isObject(step)) return;
    const view = Object.hasOwn(step, 'view') && isObject(step.view) ? step.view : {};
    const lists: [PropertyKey[], unknown, number][] = [
      [['claims'], step.claims, TOUR_LIMITS.claims], [['bios'], step.bios, TOUR_LIMITS.bios], [['view', 'frame'], view.frame, TOUR_LIMITS.frame],
      [['view', 'hideKinds'], view.hideKinds, 50], [['view', 'hideRelations'], view.hideRelations, 50], [['view', 'hideCurrents'], view.hideCurrents, 100],
    ];
    for (const [path, list, max] of lists) if (Array.isArray(list) && list.length > max) found.push({ path: ['steps', s, ...path], max });
  });
  return found;
}

/** What the cross-checks read from the dataset, indexed once. */
interface Index {
  nodes: Map<string, Dataset['nodes'][number]>;
  relations: Map<string, AtlasRelation>;
  /** Relations touching each node: a node is on the map of a year window only through one of them. */
  touching: Map<string, AtlasRelation[]>;
  sources: Set<string>;
  /** Former relation ids, each mapped to the relation's current id. */
  former: Record<string, string>;
  span: { from: number; to: number };
  provenance(): ProvenanceIndex;
}

function indexOf(dataset: Dataset): Index {
  const relations = new Map(dataset.relations.map((r) => [r.id, r]));
  const touching = new Map<string, AtlasRelation[]>();
  for (const r of dataset.relations) {
    for (const end of r.source === r.target ? [r.source] : [r.source, r.target]) {
      const list = touching.get(end);
      if (list) list.push(r);
      else touching.set(end, [r]);
    }
  }
  let provenance: ProvenanceIndex | null = null;
  return {
    nodes: new Map(dataset.nodes.map((n) => [n.id, n])), relations, touching, former: formerIdIndex(dataset.relations),
    sources: new Set(dataset.sources.map((s) => s.id)),
    span: relationSpan(dataset.relations.map((r) => r.years)),
    provenance: () => (provenance ??= {
      evidence: Object.fromEntries(dataset.relations.map((r) => [r.id, r.evidence])),
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
    }),
  };
}

/** Why a relation id is not found: a renamed relation (a former id) is named by its current id. */
function unknownRelation(index: Index, id: string): string {
  const now = Object.hasOwn(index.former, id) ? index.former[id] : undefined;
  return now ? `relation '${id}' was renamed '${now}' (it is a former id): write the current id` : `unknown relation '${id}'`;
}

type Report = (path: readonly PropertyKey[], message: string) => void;

/** Whether a relation, and both its ends, pass the filters. */
function relationShown(index: Index, filters: Filters, relation: AtlasRelation): boolean {
  const lens = filters.provenance;
  const context = { key: relation.id, provenance: lens.source || lens.kind || lens.minSources === 2 ? index.provenance() : null };
  if (!edgeVisible(relation, filters, context)) return false;
  const source = index.nodes.get(relation.source);
  const target = index.nodes.get(relation.target);
  return !!source && !!target && nodeVisible(source, filters) && nodeVisible(target, filters);
}

/** Whether a node is on the map under the filters: inside a year window, only through a relation shown. */
function nodeShown(index: Index, filters: Filters, id: string): boolean {
  const node = index.nodes.get(id);
  if (!node || !nodeVisible(node, filters)) return false;
  return !filters.years || (index.touching.get(id) ?? []).some((r) => relationShown(index, filters, r));
}

/** The checks of one step's view and claims, for a step that passed the schema. */
function checkStep(step: TourStep, index: Index, report: Report): void {
  const v = step.view;
  const at = (...path: PropertyKey[]) => ['view', ...path];
  const knownNode = (id: string | undefined, path: PropertyKey[]) => {
    if (id !== undefined && !index.nodes.has(id)) report(path, `unknown node '${id}'`);
    return id !== undefined && index.nodes.has(id);
  };
  const node = knownNode(v.node, at('node'));
  if (v.edge !== undefined) {
    if (!index.relations.has(v.edge)) report(at('edge'), unknownRelation(index, v.edge));
    else if (v.node !== undefined) report(at('edge'), 'a step selects a node or a relation, not both');
  }
  if (v.path !== undefined && knownNode(v.path, at('path'))) {
    if (v.node === undefined) report(at('path'), 'a connection needs a node to start from (view.node)');
    else if (v.path === v.node) report(at('path'), 'the connection leads from the node to itself');
  }
  if (v.path === undefined && v.via !== undefined) report(at('via'), 'via belongs with a connection (view.path)');
  if (v.path === undefined && v.chain !== undefined) report(at('chain'), 'chain belongs with a connection (view.path)');
  if (v.focus !== undefined) {
    if (v.node === undefined) report(at('focus'), 'Focus needs a node to focus on (view.node)');
    else if (v.path !== undefined) report(at('focus'), 'Focus and a connection are not shown together');
  }
  const { span } = index;
  if (v.years) {
    if (v.years.from > v.years.to) report(at('years', 'to'), `the years run backwards (${v.years.from} to ${v.years.to})`);
    if (v.years.from < span.from || v.years.from > span.to) report(at('years', 'from'), `${v.years.from} is outside the dataset's years (${span.from}–${span.to})`);
    if (v.years.to < span.from || v.years.to > span.to) report(at('years', 'to'), `${v.years.to} is outside the dataset's years (${span.from}–${span.to})`);
  }
  if (v.source !== undefined && !index.sources.has(v.source)) report(at('source'), `unknown source '${v.source}'`);
  if (v.camera) {
    const { x, y, ratio } = v.camera;
    const { min, max, minRatio, maxRatio } = CAMERA_LIMITS;
    if (!(x >= min && x <= max && y >= min && y <= max && ratio >= minRatio && ratio <= maxRatio)) {
      report(at('camera'), `the camera is off the map (x and y from ${min} to ${max}, ratio from ${minRatio} to ${maxRatio})`);
    }
    if (v.frame) report(at('frame'), 'give a camera or nodes to frame, not both');
  }
  if (v.focus !== undefined && (v.camera || v.frame)) report(at(v.camera ? 'camera' : 'frame'), 'Focus lays out and frames its own view: a camera is not used');
  const frame = (v.frame ?? []).map((id, i) => (knownNode(id, at('frame', i)) ? id : null));

  // What the step's filters leave on the map: the text must not argue from something hidden.
  const filters = tourFilters(v);
  const filtered = !isDefaultFilters(filters);
  const words = () => describeFilters(filters);
  const shown = (id: string | null | undefined, path: PropertyKey[], what: string) => {
    if (filtered && id && index.nodes.has(id) && !nodeShown(index, filters, id)) report(path, `${what} '${id}' is hidden by this step's filters (${words()})`);
  };
  if (node) shown(v.node, at('node'), 'node');
  if (v.path !== undefined) shown(v.path, at('path'), 'node');
  frame.forEach((id, i) => shown(id, at('frame', i), 'node'));
  if (v.edge !== undefined && filtered) {
    const relation = index.relations.get(v.edge);
    if (relation && !relationShown(index, filters, relation)) report(at('edge'), `relation '${v.edge}' is hidden by this step's filters (${words()})`);
  }

  const claims = new Set<string>();
  step.claims.forEach((id, i) => {
    const relation = index.relations.get(id);
    if (claims.has(id)) report(['claims', i], `claim '${id}' is listed twice`);
    claims.add(id);
    if (!relation) report(['claims', i], unknownRelation(index, id));
    else if (relation.evidence.length === 0) report(['claims', i], `relation '${id}' has no evidence`);
    else if (filtered && !relationShown(index, filters, relation)) report(['claims', i], `claim '${id}' is hidden by this step's filters (${words()})`);
  });
  const bios = new Set<string>();
  (step.bios ?? []).forEach((id, i) => {
    if (bios.has(id)) report(['bios', i], `biography '${id}' is listed twice`);
    bios.add(id);
    if (!index.nodes.has(id)) report(['bios', i], `unknown node '${id}'`);
  });
}

function zodIssues(error: z.ZodError, report: Report): void {
  for (const issue of error.issues) {
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    report(key === undefined ? issue.path : [...issue.path, key], issue.message);
  }
}

/**
 * Parses and checks the tours file against a dataset (already validated). Tours that fail the
 * schema are reported and left out; the others are returned whatever their cross-check problems.
 */
export function parseTours(text: string, dataset: Dataset): { tours: Tour[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = readJson(text);
  if (!read.ok) {
    const where = new JsonPlaces(text, { root: 0, items: null }).at(read.offset);
    problems.push({ file: TOURS_FILE, id: '-', field: '-', message: `invalid JSON: ${read.message}`, ...where });
    return { tours: [], problems };
  }
  const places = new JsonPlaces(text, read);
  if (!Array.isArray(read.value)) {
    problems.push({ file: TOURS_FILE, id: '-', field: '-', message: 'expected a JSON array of tours at the top level', ...places.root() });
    return { tours: [], problems };
  }
  const items: unknown[] = read.value;
  if (items.length > TOUR_LIMITS.tours) {
    problems.push({ file: TOURS_FILE, id: '-', field: '-', message: `more than ${TOUR_LIMITS.tours} tours (${items.length}); only the first ${TOUR_LIMITS.tours} were checked`, ...places.root() });
  }
  const index = indexOf(dataset);
  const tours: Tour[] = [];
  const first = new Map<string, number>();
  for (let t = 0; t < Math.min(items.length, TOUR_LIMITS.tours); t++) {
    const raw = items[t];
    const own = isObject(raw) && Object.hasOwn(raw, 'id') && typeof raw.id === 'string' ? raw.id : undefined;
    const id = own ?? `#${t}`;
    let count = 0;
    const report: Report = (path, message) => {
      if (++count > MAX_PER_TOUR) return;
      problems.push({ file: TOURS_FILE, id, field: tourField(path), message, ...places.item(t, path) });
    };
    const prefixed = (prefix: PropertyKey[]): Report => (path, message) => report([...prefix, ...path], message);
    if (own !== undefined) {
      const seen = first.get(own);
      if (seen !== undefined) report(['id'], `duplicate tour id '${own}' (first at ${TOURS_FILE}:${places.item(seen, ['id'])?.line ?? '?'})`);
      else first.set(own, t);
    }
    const big = oversized(raw);
    if (big.length > 0) {
      for (const { path, max } of big) report(path, `more than ${max} items; the tour was not checked further`);
    } else {
      const parsed = tourSchema.safeParse(raw);
      if (!parsed.success) zodIssues(parsed.error, report);
      else {
        parsed.data.steps.forEach((step, s) => checkStep(step, index, prefixed(['steps', s])));
        tours.push(parsed.data);
      }
    }
    if (count > MAX_PER_TOUR) problems.push({ file: TOURS_FILE, id, field: '-', message: `… and ${count - MAX_PER_TOUR} more problems in this tour`, ...places.item(t, []) });
  }
  return { tours, problems };
}
