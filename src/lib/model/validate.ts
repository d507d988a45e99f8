// The one validator of Influence Atlas, used by `npm run validate`, the build step and the app:
// structure (zod) first, then references, dates and wording. Returns problems, each pointing at
// the offending value (file, line, column); never throws, and takes time linear in the files' size.
import type { z } from 'zod';
import { JsonPlaces, readJson } from './json-error';
import { nodeSchema, relationSchema, sourceSchema } from './schema';
import type { AtlasNode, AtlasRelation, Dataset, NodeYears, Problem, Source, YearPoint } from './types';
import { RELATIONS, type NodeKind, type RelationSpec } from './vocabulary';

/** Which node kind each node file holds. */
export const NODE_FILES: Record<string, NodeKind> = {
  'people.json': 'person',
  'periodicals.json': 'periodical',
  'organizations.json': 'organization',
  'works.json': 'work',
  'events.json': 'event',
};
export const RELATIONS_FILE = 'relations.json';
export const SOURCES_FILE = 'sources.json';
export const DATA_FILES = [...Object.keys(NODE_FILES), RELATIONS_FILE, SOURCES_FILE];

/** One dataset file as read from disk or from the user: its name and raw text. */
export interface DataFile {
  name: string;
  text: string;
}

export interface ParseResult {
  dataset: Dataset;
  problems: Problem[];
}

/**
 * How far validation has got: files read, then checking steps done of total (every item is
 * checked twice: alone against the schema, then against the rest of the dataset).
 */
export interface ValidateProgress {
  phase: 'reading' | 'validating';
  done: number;
  total: number;
}

export interface ValidateOptions {
  /** Called after each file is read and every `every` checking steps, so a UI can show progress. */
  onprogress?: (progress: ValidateProgress) => void;
  every: number;
}

const DEFAULTS: ValidateOptions = { every: 1000 };

/** Where an item is: its file and its index in that file's array (-1: the file as a whole). */
interface Origin {
  file: string;
  index: number;
}

/** An item of a file, and its value when it passed the schema. */
interface Item<T> {
  id: string;
  at: Origin;
  value?: T;
}

/** What the cross-checks need from the files. Items that fail the schema still count as known ids. */
interface Gathered {
  nodes: Item<AtlasNode>[];
  relations: Item<AtlasRelation>[];
  sources: Item<Source>[];
  /** Node ids named by relations that failed the schema: their nodes are not isolated. */
  mentioned: string[];
  /** Files missing or unreadable: references into them are not checked. */
  unread: Set<string>;
  /** How many items each file holds. */
  counts: Map<string, number>;
}

/** Reports a problem at the value found by following `path` (and `key`) inside the item. */
type Report = (at: Origin, id: string, path: readonly PropertyKey[], message: string, key?: string) => void;
/** Says where an item's value is, as `file:line`. */
type Where = (at: Origin, path: readonly PropertyKey[]) => string;

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '-';
}

function locator(problems: Problem[], places: Map<string, JsonPlaces>): { report: Report; where: Where } {
  const place = (at: Origin, path: readonly PropertyKey[], key?: string) => {
    const file = places.get(at.file);
    return at.index < 0 ? file?.root() : file?.item(at.index, path, key);
  };
  return {
    report: (at, id, path, message, key) => {
      const where = place(at, path, key);
      problems.push({ file: at.file, id, field: fieldOf(key === undefined ? path : [...path, key]), message, line: where?.line, column: where?.column });
    },
    where: (at, path) => {
      const line = place(at, path)?.line;
      return line ? `${at.file}:${line}` : at.file;
    },
  };
}

/** What cannot be checked when a file is missing or unreadable. */
function unchecked(name: string): string {
  if (name === RELATIONS_FILE) return 'its relations were not checked, nor whether nodes are isolated';
  if (name === SOURCES_FILE) return 'references to its sources were not checked';
  return 'references to its nodes were not checked';
}

const stringAt = (raw: unknown, key: string): string | undefined => {
  const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

function zodProblems(report: Report, at: Origin, id: string, error: z.ZodError): void {
  for (const issue of error.issues) {
    // An unknown field is pointed at by its name, where the eye looks for it.
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    report(at, id, issue.path, issue.message, key);
  }
}

/** Checks one item against its file's schema and files it under `gathered`. */
function gatherItem(g: Gathered, report: Report, file: string, index: number, raw: unknown): void {
  const at = { file, index };
  const own = stringAt(raw, 'id');
  // An item without a string id is named by its place in the file, and is known to nothing.
  const id = own ?? `#${index}`;
  const known = own !== undefined;
  if (file === SOURCES_FILE) {
    const parsed = sourceSchema.safeParse(raw);
    if (!parsed.success) zodProblems(report, at, id, parsed.error);
    if (known) g.sources.push({ id, at, value: parsed.data });
  } else if (file === RELATIONS_FILE) {
    const parsed = relationSchema.safeParse(raw);
    if (!parsed.success) {
      zodProblems(report, at, id, parsed.error);
      for (const end of [stringAt(raw, 'source'), stringAt(raw, 'target')]) if (end) g.mentioned.push(end);
    }
    if (known) g.relations.push({ id, at, value: parsed.data });
  } else {
    const parsed = nodeSchema.safeParse(raw);
    let value = parsed.data;
    if (!parsed.success) zodProblems(report, at, id, parsed.error);
    else if (parsed.data.kind !== NODE_FILES[file]) {
      report(at, id, ['kind'], `kind '${parsed.data.kind}' does not belong in ${file} (expected '${NODE_FILES[file]}')`);
      value = undefined;
    }
    if (known) g.nodes.push({ id, at, value });
  }
}

/**
 * Parses and checks the dataset files. Items that fail the schema are left out of the dataset
 * and reported once: they still count as known ids, so references to them do not cascade.
 */
export function parseDataFiles(files: DataFile[], options: Partial<ValidateOptions> = {}): ParseResult {
  const { onprogress, every } = { ...DEFAULTS, ...options };
  const problems: Problem[] = [];
  const places = new Map<string, JsonPlaces>();
  const { report, where } = locator(problems, places);
  const g: Gathered = { nodes: [], relations: [], sources: [], mentioned: [], unread: new Set(), counts: new Map() };
  const byName = new Map<string, DataFile>();
  for (const file of files) {
    if (!DATA_FILES.includes(file.name)) {
      problems.push({ file: file.name, id: '-', field: '-', message: `unexpected file (expected one of ${DATA_FILES.join(', ')})` });
    } else if (!byName.has(file.name)) byName.set(file.name, file);
  }
  // Files are read in a fixed order, whatever order the user picked them in, so results repeat.
  const contents = new Map<string, unknown[]>();
  DATA_FILES.forEach((name, i) => {
    onprogress?.({ phase: 'reading', done: i, total: DATA_FILES.length });
    const file = byName.get(name);
    const fail = (message: string, where?: { line: number; column: number }) => {
      g.unread.add(name);
      problems.push({ file: name, id: '-', field: '-', message: `${message}; ${unchecked(name)}`, line: where?.line, column: where?.column });
    };
    if (!file) return fail('file is missing');
    const read = readJson(file.text);
    if (!read.ok) return fail(`invalid JSON: ${read.message}`, new JsonPlaces(file.text, { root: 0, items: null }).at(read.offset));
    const place = new JsonPlaces(file.text, read);
    if (!Array.isArray(read.value)) return fail('expected a JSON array at the top level', place.root());
    places.set(name, place);
    contents.set(name, read.value);
    g.counts.set(name, read.value.length);
  });
  onprogress?.({ phase: 'reading', done: DATA_FILES.length, total: DATA_FILES.length });

  let total = 0;
  for (const items of contents.values()) total += 2 * items.length;
  let done = 0;
  const stride = Math.max(1, Math.floor(every));
  const step = () => {
    if (++done % stride === 0) onprogress?.({ phase: 'validating', done, total });
  };
  for (const [name, items] of contents) {
    items.forEach((raw, index) => {
      step();
      gatherItem(g, report, name, index, raw);
    });
  }
  crossCheck(g, report, where, step);
  onprogress?.({ phase: 'validating', done: total, total });
  const values = <T>(items: Item<T>[]) => items.flatMap((item) => (item.value ? [item.value] : []));
  return { dataset: { nodes: values(g.nodes), relations: values(g.relations), sources: values(g.sources) }, problems };
}

/** Sentences in a bio, counted at terminal punctuation followed by a space or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s+["'“(]?[A-Z0-9À-Ž]|\s*$)/g) ?? []).length;
}

const exact = (p: YearPoint | undefined): p is YearPoint => !!p && (p.qualifier ?? 'exact') === 'exact';
const endYear = (y: NodeYears): YearPoint | undefined => (y.end === 'present' ? undefined : y.end);

/** The first item of each id; later copies are reported at their own place, naming the first. */
function firstOfEach<T>(items: Item<T>[], repeated: (item: Item<T>, first: Item<T>) => void): Map<string, Item<T>> {
  const first = new Map<string, Item<T>>();
  for (const item of items) {
    const seen = first.get(item.id);
    if (seen) repeated(item, seen);
    else first.set(item.id, item);
  }
  return first;
}

/** Referential, chronological and wording checks across the gathered items. */
function crossCheck(g: Gathered, report: Report, where: Where, step: () => void): void {
  const sources = firstOfEach(g.sources, (item, first) =>
    report(item.at, item.id, ['id'], `duplicate source id '${item.id}' (first at ${where(first.at, ['id'])})`));
  const checkSources = !g.unread.has(SOURCES_FILE);
  const knownNodes = firstOfEach(g.nodes, (item, first) => report(item.at, item.id, ['id'], first.at.file === item.at.file
    ? `duplicate node id '${item.id}' (first at ${where(first.at, ['id'])})`
    : `node id '${item.id}' is also in ${where(first.at, ['id'])}`));
  const nodeFiles = Object.keys(NODE_FILES);
  const nodeCount = nodeFiles.reduce((sum, file) => sum + (g.counts.get(file) ?? 0), 0);
  if (nodeCount === 0 && nodeFiles.every((file) => !g.unread.has(file))) {
    report({ file: nodeFiles[0], index: -1 }, '-', [], 'the dataset has no nodes: all five node files are empty');
  }
  // With a node file unreadable, an id not found may well be in it: say nothing rather than guess.
  const checkNodes = nodeCount > 0 && nodeFiles.every((file) => !g.unread.has(file));
  const nodes = new Map<string, AtlasNode>();
  for (const [id, item] of knownNodes) if (item.value) nodes.set(id, item.value);

  for (const { id, at, value: node } of g.nodes) {
    step();
    if (!node) continue;
    const end = endYear(node.years);
    if (end && end.year < node.years.start.year) {
      report(at, id, ['years', 'end'], `ends (${end.year}) before it starts (${node.years.start.year})`);
    }
    if (node.kind === 'person' && node.years.end === undefined) {
      report(at, id, ['years', 'end'], "a person needs a death year, or \"present\"");
    }
    const sentences = countSentences(node.bio);
    if (sentences < 2 || sentences > 5) report(at, id, ['bio'], `bio has ${sentences} sentence(s); write 2 to 5`);
    node.bioSources.forEach((c, i) => {
      if (checkSources && !sources.has(c.source)) report(at, id, ['bioSources', i, 'source'], `unknown source '${c.source}'`);
    });
    const aliases = new Set<string>();
    node.aliases.forEach((alias, i) => {
      if (aliases.has(alias)) report(at, id, ['aliases', i], `duplicate alias '${alias}'`);
      aliases.add(alias);
    });
  }

  const mentioned = new Set(g.mentioned);
  firstOfEach(g.relations, (item, first) =>
    report(item.at, item.id, ['id'], `duplicate relation id '${item.id}' (first at ${where(first.at, ['id'])})`));
  for (const { id, at, value: rel } of g.relations) {
    step();
    if (!rel) continue;
    mentioned.add(rel.source);
    mentioned.add(rel.target);
    const source = nodes.get(rel.source);
    const target = nodes.get(rel.target);
    if (checkNodes && !knownNodes.has(rel.source)) report(at, id, ['source'], `unknown node '${rel.source}'`);
    if (checkNodes && !knownNodes.has(rel.target)) report(at, id, ['target'], `unknown node '${rel.target}'`);
    if (rel.source === rel.target) report(at, id, ['target'], 'a relation cannot link a node to itself');
    rel.evidence.forEach((e, i) => {
      if (checkSources && !sources.has(e.source)) report(at, id, ['evidence', i, 'source'], `unknown source '${e.source}'`);
    });
    const { start, end } = rel.years;
    if (start && end && end.year < start.year) {
      report(at, id, ['years', 'end'], `ends (${end.year}) before it starts (${start.year})`);
    }
    const spec: RelationSpec = RELATIONS[rel.relation];
    if (source && spec.ends?.source && !spec.ends.source.includes(source.kind)) {
      report(at, id, ['source'], `'${rel.relation}' cannot start from a ${source.kind} ('${source.id}')`);
    }
    if (target && spec.ends?.target && !spec.ends.target.includes(target.kind)) {
      report(at, id, ['target'], `'${rel.relation}' cannot point to a ${target.kind} ('${target.id}')`);
    }
    // Impossible dates: a relation cannot start before either end existed, nor (for acts) after
    // its actor was gone. Only exact years are compared; circa/before/after are given the benefit.
    // A work's years are its publication, not a life, so they never bound a relation's end.
    const bound = target && !spec.beforeTargetStart?.includes(target.kind) ? target : undefined;
    for (const [side, node] of [['source', source], ['target', bound]] as const) {
      if (!node || !exact(start) || !exact(node.years.start)) continue;
      if (start.year < node.years.start.year) {
        report(at, id, ['years', 'start'], `starts in ${start.year}, before ${side} '${node.id}' existed (${node.years.start.year})`);
      }
    }
    const sourceEnd = source ? endYear(source.years) : undefined;
    if (spec.sourceActive && exact(start) && exact(sourceEnd) && start.year > sourceEnd.year && source?.kind !== 'work') {
      report(at, id, ['years', 'start'], `starts in ${start.year}, after source '${rel.source}' ended (${sourceEnd.year})`);
    }
    const targetEnd = target ? endYear(target.years) : undefined;
    if (target && target.kind !== 'work' && !spec.afterTargetEnd?.includes(target.kind)
      && exact(start) && exact(targetEnd) && start.year > targetEnd.year) {
      report(at, id, ['years', 'start'], `starts in ${start.year}, after target '${rel.target}' ended (${targetEnd.year})`);
    }
  }

  if (g.unread.has(RELATIONS_FILE)) return;
  if ((g.counts.get(RELATIONS_FILE) ?? 0) === 0) {
    report({ file: RELATIONS_FILE, index: -1 }, '-', [], 'the dataset has no relations: relations.json is empty');
    return;
  }
  for (const [id, { at, value }] of knownNodes) {
    if (value && !mentioned.has(id)) report(at, id, ['id'], 'isolated node: no relation mentions it');
  }
}

/** Referential, chronological and wording checks over an already-parsed dataset (no positions). */
export function checkDataset(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const { report, where } = locator(problems, new Map());
  const kindFile = Object.fromEntries(Object.entries(NODE_FILES).map(([file, kind]) => [kind, file]));
  const item = <T extends { id: string }>(file: string) => (value: T, index: number): Item<T> => ({ id: value.id, at: { file, index }, value });
  const counts = new Map<string, number>([[RELATIONS_FILE, dataset.relations.length], [SOURCES_FILE, dataset.sources.length]]);
  for (const node of dataset.nodes) counts.set(kindFile[node.kind], (counts.get(kindFile[node.kind]) ?? 0) + 1);
  crossCheck({
    nodes: dataset.nodes.map((node, i) => item<AtlasNode>(kindFile[node.kind])(node, i)),
    relations: dataset.relations.map(item<AtlasRelation>(RELATIONS_FILE)),
    sources: dataset.sources.map(item<Source>(SOURCES_FILE)),
    mentioned: [], unread: new Set(), counts,
  }, report, where, () => {});
  return problems;
}

/** Formats a problem as `file:line:column: id: field: message` (without the position when unknown). */
export function formatProblem(p: Problem): string {
  const at = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.id}: ${p.field}: ${p.message}`;
}
