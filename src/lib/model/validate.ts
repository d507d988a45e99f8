// The one validator of Influence Atlas, used by `npm run validate`, the build step and the app:
// structure (zod) first, then references, dates and wording. Returns problems; never throws.
import type { z } from 'zod';
import { locateJsonError } from './json-error';
import { nodeSchema, relationSchema, sourceSchema } from './schema';
import type { AtlasNode, AtlasRelation, Dataset, NodeYears, Problem, Source, YearPoint } from './types';
import { RELATIONS, type NodeKind, type Relation } from './vocabulary';

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

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the object whose `"id"` is `id`, so problems point into the file. */
function lineOfId(text: string, id: string): number | undefined {
  const at = text.indexOf(`"id": ${JSON.stringify(id)}`);
  const at2 = at >= 0 ? at : text.indexOf(`"id":${JSON.stringify(id)}`);
  return at2 >= 0 ? lineAt(text, at2) : undefined;
}


function fieldOf(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '-';
}

function zodProblems(file: string, id: string, line: number | undefined, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, id, field: fieldOf(issue.path), message: issue.message, line }));
}

/**
 * Parses and structurally checks the dataset files. Items that fail the schema are left out of
 * the dataset (so later checks do not cascade) and reported.
 */
export function parseDataFiles(files: DataFile[]): ParseResult {
  const problems: Problem[] = [];
  const dataset: Dataset = { nodes: [], relations: [], sources: [] };
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const name of DATA_FILES) {
    if (!byName.has(name)) problems.push({ file: name, id: '-', field: '-', message: 'file is missing' });
  }
  for (const file of files) {
    if (!DATA_FILES.includes(file.name)) {
      problems.push({ file: file.name, id: '-', field: '-', message: `unexpected file (expected one of ${DATA_FILES.join(', ')})` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      const where = locateJsonError(file.text);
      const message = where ? `${where.message} (column ${where.column})` : error instanceof Error ? error.message : String(error);
      problems.push({ file: file.name, id: '-', field: '-', message: `invalid JSON: ${message}`, line: where?.line });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ file: file.name, id: '-', field: '-', message: 'expected a JSON array at the top level', line: 1 });
      continue;
    }
    value.forEach((item: unknown, index) => {
      const rawId = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id : `#${index}`;
      // Only a problem needs its line: finding it scans the file, so it is not done for clean items.
      const line = () => (rawId.startsWith('#') ? undefined : lineOfId(file.text, rawId));
      if (file.name === SOURCES_FILE) {
        const parsed = sourceSchema.safeParse(item);
        if (parsed.success) dataset.sources.push(parsed.data as Source);
        else problems.push(...zodProblems(file.name, rawId, line(), parsed.error));
      } else if (file.name === RELATIONS_FILE) {
        const parsed = relationSchema.safeParse(item);
        if (parsed.success) dataset.relations.push(parsed.data as AtlasRelation);
        else problems.push(...zodProblems(file.name, rawId, line(), parsed.error));
      } else {
        const parsed = nodeSchema.safeParse(item);
        if (!parsed.success) {
          problems.push(...zodProblems(file.name, rawId, line(), parsed.error));
          return;
        }
        const expected = NODE_FILES[file.name];
        if (parsed.data.kind !== expected) {
          problems.push({ file: file.name, id: rawId, field: 'kind', line: line(),
            message: `kind '${parsed.data.kind}' does not belong in ${file.name} (expected '${expected}')` });
          return;
        }
        dataset.nodes.push(parsed.data as AtlasNode);
      }
    });
  }
  problems.push(...checkDataset(dataset, (kind, id) => {
    const name = kind === 'node' ? fileOfNode(dataset, id) : kind === 'relation' ? RELATIONS_FILE : SOURCES_FILE;
    const text = byName.get(name)?.text;
    return { file: name, line: text ? lineOfId(text, id) : undefined };
  }));
  return { dataset, problems };
}

function fileOfNode(dataset: Dataset, id: string): string {
  const kind = dataset.nodes.find((n) => n.id === id)?.kind ?? 'person';
  return Object.keys(NODE_FILES).find((f) => NODE_FILES[f] === kind) ?? 'people.json';
}

type Locate = (kind: 'node' | 'relation' | 'source', id: string) => { file: string; line?: number };

/** Kinds a relation's ends may have; absent means any kind. */
const ENDPOINT_KINDS: Partial<Record<Relation, { source?: NodeKind[]; target?: NodeKind[] }>> = {
  member_of: { source: ['person', 'organization'], target: ['organization'] },
  section_of: { source: ['organization'], target: ['organization'] },
  founded: { source: ['person', 'organization'], target: ['organization', 'periodical', 'event'] },
  edited: { source: ['person', 'organization'], target: ['periodical', 'work'] },
  contributed_to: { source: ['person', 'organization'], target: ['periodical', 'work'] },
  authored: { source: ['person', 'organization'], target: ['work'] },
  published_in: { source: ['work', 'periodical'], target: ['periodical', 'organization'] },
  about: { source: ['work', 'periodical'] },
  corresponded_with: { source: ['person'], target: ['person'] },
  married_to: { source: ['person'], target: ['person'] },
  collaborated_with: { source: ['person', 'organization'], target: ['person', 'organization'] },
};

/** Relations whose target may already be dead or dissolved when the relation starts. */
const TARGET_MAY_BE_GONE = new Set<Relation>(['influenced', 'criticized', 'about', 'opposed']);

/** Sentences in a bio, counted at terminal punctuation followed by a space or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s+["'“(]?[A-Z0-9À-Ž]|\s*$)/g) ?? []).length;
}

const exact = (p: YearPoint | undefined): p is YearPoint => !!p && (p.qualifier ?? 'exact') === 'exact';
const endYear = (y: NodeYears): YearPoint | undefined => (y.end === 'present' ? undefined : y.end);

/** Referential, chronological and wording checks over an already-parsed dataset. */
export function checkDataset(dataset: Dataset, locate: Locate = (kind) => ({ file: kind })): Problem[] {
  const problems: Problem[] = [];
  const report = (kind: 'node' | 'relation' | 'source', id: string, field: string, message: string) => {
    const { file, line } = locate(kind, id);
    problems.push({ file, id, field, message, line });
  };

  const sources = new Set<string>();
  for (const source of dataset.sources) {
    if (sources.has(source.id)) report('source', source.id, 'id', 'duplicate source id');
    sources.add(source.id);
  }

  const nodes = new Map<string, AtlasNode>();
  for (const node of dataset.nodes) {
    if (nodes.has(node.id)) report('node', node.id, 'id', 'duplicate node id');
    nodes.set(node.id, node);
    const end = endYear(node.years);
    if (end && end.year < node.years.start.year) {
      report('node', node.id, 'years.end', `ends (${end.year}) before it starts (${node.years.start.year})`);
    }
    if (node.kind === 'person' && node.years.end === undefined) {
      report('node', node.id, 'years.end', "a person needs a death year, or \"present\"");
    }
    const sentences = countSentences(node.bio);
    if (sentences < 2 || sentences > 5) {
      report('node', node.id, 'bio', `bio has ${sentences} sentence(s); write 2 to 5`);
    }
    node.bioSources.forEach((c, i) => {
      if (!sources.has(c.source)) report('node', node.id, `bioSources[${i}].source`, `unknown source '${c.source}'`);
    });
    if (new Set(node.aliases).size !== node.aliases.length) report('node', node.id, 'aliases', 'duplicate alias');
  }

  const relationIds = new Set<string>();
  const degree = new Map<string, number>();
  for (const rel of dataset.relations) {
    if (relationIds.has(rel.id)) report('relation', rel.id, 'id', 'duplicate relation id');
    relationIds.add(rel.id);
    const source = nodes.get(rel.source);
    const target = nodes.get(rel.target);
    if (!source) report('relation', rel.id, 'source', `unknown node '${rel.source}'`);
    if (!target) report('relation', rel.id, 'target', `unknown node '${rel.target}'`);
    if (rel.source === rel.target) report('relation', rel.id, 'target', 'a relation cannot link a node to itself');
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
    rel.evidence.forEach((e, i) => {
      if (!sources.has(e.source)) report('relation', rel.id, `evidence[${i}].source`, `unknown source '${e.source}'`);
    });
    const { start, end } = rel.years;
    if (start && end && end.year < start.year) {
      report('relation', rel.id, 'years.end', `ends (${end.year}) before it starts (${start.year})`);
    }
    const spec = RELATIONS[rel.relation];
    const allowed = ENDPOINT_KINDS[rel.relation];
    if (source && allowed?.source && !allowed.source.includes(source.kind)) {
      report('relation', rel.id, 'source', `'${rel.relation}' cannot start from a ${source.kind} ('${source.id}')`);
    }
    if (target && allowed?.target && !allowed.target.includes(target.kind)) {
      report('relation', rel.id, 'target', `'${rel.relation}' cannot point to a ${target.kind} ('${target.id}')`);
    }
    // Impossible dates: a relation cannot start before either end existed, nor (for acts) after
    // its actor was gone. Only exact years are compared; circa/before/after are given the benefit.
    // Writing starts before publication, so a work's own year does not bound its making.
    const making = target?.kind === 'work' && (rel.relation === 'authored' || rel.relation === 'edited' || rel.relation === 'contributed_to');
    for (const [end_, node] of [['source', source], ['target', making ? undefined : target]] as const) {
      if (!node || !exact(start) || !exact(node.years.start)) continue;
      if (start.year < node.years.start.year) {
        report('relation', rel.id, 'years.start', `starts in ${start.year}, before ${end_} '${node.id}' existed (${node.years.start.year})`);
      }
    }
    const sourceEnd = source ? endYear(source.years) : undefined;
    if (spec.sourceActive && exact(start) && exact(sourceEnd) && start.year > sourceEnd.year && source?.kind !== 'work') {
      report('relation', rel.id, 'years.start', `starts in ${start.year}, after source '${rel.source}' ended (${sourceEnd.year})`);
    }
    const targetEnd = target ? endYear(target.years) : undefined;
    // Backing or attacking an event after it ended (defending a revolution's record) is possible.
    const pastEvent = target?.kind === 'event' && (rel.relation === 'supported' || rel.relation === 'repressed');
    if (!TARGET_MAY_BE_GONE.has(rel.relation) && !pastEvent && target?.kind !== 'work' && exact(start) && exact(targetEnd) && start.year > targetEnd.year) {
      report('relation', rel.id, 'years.start', `starts in ${start.year}, after target '${rel.target}' ended (${targetEnd.year})`);
    }
  }
  for (const node of dataset.nodes) {
    if (!degree.has(node.id)) report('node', node.id, 'id', 'isolated node: no relation mentions it');
  }
  return problems;
}

/** Formats a problem as `file:line: id: field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.id}: ${p.field}: ${p.message}`;
}
