// The one validator of Influence Atlas, used by `npm run validate`, the build step and the app:
// structure (zod) first, then references, dates and wording. Returns problems, each pointing at
// the offending value (file, line, column); never throws, and takes time linear in the files' size.
import type { z } from 'zod';
import { crossCheck, type Gathered, type Item, type Origin, type Report, type Where } from './cross-check';
import { DATA_FILES, NODE_FILES, RELATIONS_FILE, SOURCES_FILE, type DataFile } from './data-files';
import { JsonPlaces, readJson } from './json-error';
import { nodeSchema, relationSchema, sourceSchema } from './schema';
import type { AtlasNode, AtlasRelation, Dataset, Problem, Source } from './types';

export { countSentences } from './cross-check';
export { DATA_FILES, NODE_FILES, RELATIONS_FILE, SOURCES_FILE, type DataFile } from './data-files';

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
