// A checked foreign graph becomes an atlas the app can draw: each node's label, kind, years,
// colour and other attributes; each relation's type, direction, years and confidence; the metrics the
// app sizes and ranks by (degree, PageRank, Louvain, and betweenness where affordable); positions
// from the file, or laid out here. Bios and evidence become the texts when the file has them.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { MetricKey } from '../analysis/metric-keys';
import { nodeScale, radiiByMetric } from '../layout/node-size';
import { seededRandom } from '../layout/random';
import { TEXTS_FORMAT, type NodeTexts } from '../model/atlas-files';
import type { DataBag } from '../model/graph-vocabulary';
import type { Citation, Evidence, Source } from '../model/types';
import { CONFIDENCE_LEVELS } from '../model/vocabulary';
import { goodCoordinate, type ForeignGraph, type Value } from './foreign';
import { NO_YEAR, type ImportedAtlas } from './imported';
import { layOut, type LayoutProgress } from './layout';
import { buildVocabulary, dataValue, findRoles } from './vocabulary-of';

/** Betweenness is O(nodes × edges): past these sizes it is left out (and the size menu says so). */
export const BETWEENNESS_LIMIT = { nodes: 3000, edges: 20_000 };

/** Attributes the app's own format gives meaning to (they become texts, aliases and currents). */
const NATIVE_FIELDS = ['aliases', 'currents', 'countries', 'bio', 'bioSources', 'years', 'evidence'];

export interface ToAtlasOptions {
  title: string;
  version: string;
  onlayout?: (progress: LayoutProgress) => void;
  stopped?: () => boolean | Promise<boolean>;
  onphase?: (phase: 'measuring' | 'laying out') => void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: Value | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const records = <T>(v: Value | undefined, fields: string[]): T[] => (Array.isArray(v)
  ? v.filter((x): x is T => isObject(x) && fields.every((f) => typeof x[f] === 'string')) : []);

/** A native `years` object's start and end years ({start: {year}, end: {year} | "present"}). */
function nativeYears(v: Value | undefined): { start?: number; end?: number } | null {
  if (!isObject(v)) return null;
  const read = (p: unknown) => (isObject(p) && typeof p.year === 'number' && Number.isInteger(p.year) ? p.year : undefined);
  const start = read(v.start);
  const end = read(v.end);
  return start === undefined && end === undefined ? null : { start, end };
}

/** Turns a checked graph into an atlas: metrics, then the layout when positions are missing. */
export async function toAtlas(graph: ForeignGraph, options: ToAtlasOptions): Promise<ImportedAtlas> {
  const roles = findRoles(graph);
  const n = graph.nodes.length;
  const m = graph.edges.length;
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => index.set(node.id, i));

  const kinds = graph.nodes.map((node) => {
    const v = roles.kind ? node.attributes.get(roles.kind) : undefined;
    return typeof v === 'string' && v.trim() ? v.trim() : 'node';
  });
  const relations = graph.edges.map((edge) => {
    const v = roles.relation ? edge.attributes.get(roles.relation) : undefined;
    return typeof v === 'string' && v.trim() ? v.trim() : 'related';
  });
  const textNodes: Record<string, NodeTexts> = Object.create(null);
  const evidence: Record<string, Evidence[]> = Object.create(null);
  const nodeStart = new Int32Array(n).fill(NO_YEAR);
  const nodeEnd = new Int32Array(n).fill(NO_YEAR);
  const aliases: string[][] = [];
  const currents: string[][] = [];
  const nodeData: (DataBag | null)[] = [];
  let anyNodeData = false;
  graph.nodes.forEach((node, i) => {
    const a = node.attributes;
    const years = (roles.native ? nativeYears(a.get('years')) : null) ?? node.years;
    if (years?.start !== undefined) {
      nodeStart[i] = years.start;
      if (years.end !== undefined && years.end >= years.start) nodeEnd[i] = years.end;
    }
    if (roles.native) {
      aliases.push(strings(a.get('aliases')));
      currents.push(strings(a.get('currents')));
      const bio = a.get('bio');
      if (typeof bio === 'string' && bio.trim()) {
        textNodes[node.id] = { countries: strings(a.get('countries')) as NodeTexts['countries'], bio, bioSources: records<Citation>(a.get('bioSources'), ['source', 'locator']) };
      }
    }
    const data: DataBag = Object.create(null);
    let any = false;
    for (const [key, value] of a) {
      if (key === roles.kind || (roles.native && NATIVE_FIELDS.includes(key))) continue;
      const v = dataValue(value);
      if (v === null) continue;
      data[key] = v;
      any = true;
    }
    nodeData.push(any ? data : null);
    anyNodeData ||= any;
  });

  const edgeSource = new Uint32Array(m);
  const edgeTarget = new Uint32Array(m);
  const edgeDirected = new Uint8Array(m);
  const edgeStart = new Int32Array(m).fill(NO_YEAR);
  const edgeEnd = new Int32Array(m).fill(NO_YEAR);
  const edgeConfidence = new Uint8Array(m);
  const edgeData: (DataBag | null)[] = [];
  let anyEdgeData = false;
  graph.edges.forEach((edge, e) => {
    const a = edge.attributes;
    edgeSource[e] = index.get(edge.source)!;
    edgeTarget[e] = index.get(edge.target)!;
    edgeDirected[e] = edge.directed ? 1 : 0;
    const years = (roles.native ? nativeYears(a.get('years')) : null) ?? edge.years;
    if (years?.start !== undefined) edgeStart[e] = years.start;
    if (years?.end !== undefined) edgeEnd[e] = years.end;
    if (roles.confidence) {
      const level = CONFIDENCE_LEVELS.indexOf(a.get('confidence') as (typeof CONFIDENCE_LEVELS)[number]);
      if (level >= 0) edgeConfidence[e] = level + 1;
    }
    if (roles.native && edge.id !== undefined) {
      const items = records<Evidence>(a.get('evidence'), ['source', 'locator', 'note']);
      if (items.length) evidence[edge.id] = items;
    }
    const data: DataBag = Object.create(null);
    let any = false;
    for (const [key, value] of a) {
      if (key === roles.relation || (roles.confidence && key === 'confidence') || (roles.native && NATIVE_FIELDS.includes(key))) continue;
      const v = dataValue(value);
      if (v === null) continue;
      data[key] = v;
      any = true;
    }
    edgeData.push(any ? data : null);
    anyEdgeData ||= any;
  });

  // Metrics over the undirected simple graph (influence runs both ways), as the build computes them.
  options.onphase?.('measuring');
  const simple = new Graph({ type: 'undirected', multi: false });
  graph.nodes.forEach((node, i) => simple.addNode(node.id, { x: node.x, y: node.y, i }));
  const degree = new Uint32Array(n);
  for (let e = 0; e < m; e++) {
    degree[edgeSource[e]]++;
    degree[edgeTarget[e]]++;
    const s = graph.edges[e].source;
    const t = graph.edges[e].target;
    if (!simple.hasEdge(s, t)) simple.addEdge(s, t);
  }
  const ranks = pagerank(simple, { getEdgeWeight: null });
  const communities = louvain(simple, { rng: seededRandom(1917), getEdgeWeight: null });
  const affordable = n <= BETWEENNESS_LIMIT.nodes && m <= BETWEENNESS_LIMIT.edges;
  const between = affordable ? betweenness(simple, { normalized: true, getEdgeWeight: null }) : null;
  const metrics: MetricKey[] = affordable ? ['degree', 'pagerank', 'betweenness'] : ['degree', 'pagerank'];
  const pr = new Float64Array(n);
  const bc = new Float64Array(n);
  const community = new Int32Array(n);
  graph.nodes.forEach((node, i) => {
    pr[i] = ranks[node.id] ?? 0;
    bc[i] = between?.[node.id] ?? 0;
    community[i] = communities[node.id] ?? 0;
  });
  const radiiColumns = radiiByMetric({ degree: [...degree], pagerank: [...pr], betweenness: [...bc] });
  const radii = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    radii[3 * i] = radiiColumns.degree[i];
    radii[3 * i + 1] = radiiColumns.pagerank[i];
    radii[3 * i + 2] = radiiColumns.betweenness[i];
  }

  const xy = new Float64Array(2 * n);
  const positioned = graph.nodes.every((node) => node.x !== undefined && node.y !== undefined && goodCoordinate(node.x) && goodCoordinate(node.y));
  let layout: ImportedAtlas['layout'] = { computed: false };
  if (positioned) {
    graph.nodes.forEach((node, i) => { xy[2 * i] = node.x!; xy[2 * i + 1] = node.y!; });
  } else {
    options.onphase?.('laying out');
    const radius = nodeScale(degree.reduce((top, d) => (d > top ? d : top), 1));
    const result = await layOut(simple, { onprogress: options.onlayout, stopped: options.stopped, sizeOf: (key) => 0.7 * radius(degree[simple.getNodeAttribute(key, 'i')]) });
    simple.forEachNode((_key, a) => { xy[2 * a.i] = a.x; xy[2 * a.i + 1] = a.y; });
    layout = { computed: true, ...result };
  }

  const vocabulary = buildVocabulary({
    roles, kinds, relations, nodeColors: graph.nodes, edgeColors: graph.edges,
    nodes: nodeData.map((d) => ({ data: d ?? {} })), edges: edgeData.map((d) => ({ data: d ?? {} })), metrics,
  });
  const kindIndex = new Map(vocabulary.kinds.map((k, i) => [k.key, i]));
  const relationIndex = new Map(vocabulary.relations.map((r, i) => [r.key, i]));
  const sourcesValue = graph.attributes.get('sources');
  const sources = roles.native ? records<Source>(sourcesValue, ['id']) : [];
  const hasTexts = Object.keys(textNodes).length > 0 || Object.keys(evidence).length > 0;
  return {
    title: graph.title ?? options.title, version: options.version, format: graph.format, vocabulary,
    keys: graph.nodes.map((node) => node.id), labels: graph.nodes.map((node) => node.label ?? node.id),
    kinds: Uint16Array.from(kinds, (k) => kindIndex.get(k) ?? 0),
    xy, radii, degree, pagerank: pr, betweenness: bc, community, nodeStart, nodeEnd,
    nodeColors: graph.nodes.some((node) => node.color) ? graph.nodes.map((node) => node.color ?? null) : null,
    aliases: roles.native ? aliases : null, currents: roles.native ? currents : null,
    nodeData: anyNodeData ? nodeData : null,
    edgeSource, edgeTarget, edgeKeys: graph.edges.map((edge) => edge.id ?? null),
    edgeRelation: Uint16Array.from(relations, (r) => relationIndex.get(r) ?? 0),
    edgeDirected, edgeStart, edgeEnd, edgeConfidence,
    edgeColors: graph.edges.some((edge) => edge.color) ? graph.edges.map((edge) => edge.color ?? null) : null,
    edgeData: anyEdgeData ? edgeData : null,
    texts: hasTexts || roles.native ? { format: TEXTS_FORMAT, version: options.version, nodes: textNodes, evidence, sources } : null,
    layout,
  };
}
