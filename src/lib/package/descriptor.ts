// The Frictionless data package (datapackage.json, Data Package 2.0, readable as 1.0): every data
// file as a tabular resource in JSON format with its Table Schema, primary key and foreign keys,
// the JSON Schema of its rows, its size and sha256, and the key views that carry the foreign keys
// JSON cannot. Pure: the caller reads the files and hashes them (scripts/datapackage.ts).
import { DATASET_TITLE } from '../model/build-graph';
import { NODE_FILES, RELATIONS_FILE, SOURCES_FILE } from '../model/data-files';
import { LEDGER_DIR } from '../model/seed-ledger';
import { TOURS_FILE } from '../model/validate-tours';
import { FIELD_DESCRIPTIONS } from './field-descriptions';
import { ROW_SHAPES, SCHEMA_DIR, rowJsonSchema, type RowShape } from './json-schemas';
import { keyViews, viewCsv, type NodeFileRows, type TourRows } from './key-views';
import { tableFields, type ForeignKey, type TableSchema } from './table-schema';

/** One file of the package: its path from the repository's top, and its text. */
export interface PackageFile { path: string; text: string }

/** What the package is built from: the data files, the dataset version, and a sha256 (hex) of a text. */
export interface PackageInput {
  files: readonly PackageFile[];
  version: string;
  sha256: (text: string) => string;
}

/** A resource of the package (Data Resource with a Table Schema). */
export interface PackageResource {
  name: string;
  type: 'table';
  path: string;
  title: string;
  description: string;
  format: 'json' | 'csv';
  mediatype: string;
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  schema: TableSchema;
  /** The JSON Schema of the file (not part of the standard; its path from the top). */
  jsonSchema?: string;
}

/** The package descriptor and the key views it describes (path → CSV text). */
export interface DataPackage {
  descriptor: { resources: PackageResource[]; [key: string]: unknown };
  views: Map<string, string>;
}

const KIND_TITLES: Record<string, string> = {
  person: 'People', periodical: 'Periodicals', organization: 'Organizations', work: 'Works', event: 'Events',
};

const toNode = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'node-keys', fields: ['id'] } });

function schemaOf(shape: RowShape, extra: Partial<TableSchema> = {}, kind?: string): TableSchema {
  const fields = tableFields(rowJsonSchema(shape), FIELD_DESCRIPTIONS[shape]);
  // A node file holds one kind only (the validator says so too).
  if (kind) for (const f of fields) if (f.name === 'kind') f.constraints = { ...f.constraints, enum: [kind] };
  return { fields, primaryKey: ['id'], ...extra };
}

const nameOf = (path: string) => path.replace(/^data\//, '').replace(/\.json$/, '').replace(/\//g, '-');

/** Builds the descriptor from the data files; throws on a file it does not know (so none is left out). */
export function buildDataPackage(input: PackageInput): DataPackage {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const stats = (text: string) => ({ bytes: bytes(text), hash: `sha256:${input.sha256(text)}` });
  const json = { format: 'json' as const, mediatype: 'application/json', encoding: 'utf-8' as const };
  const resources: PackageResource[] = [];
  const nodeFiles: NodeFileRows[] = [];
  let relations: { id: string; evidence: { source: string }[] }[] = [];
  let seed: { title?: string; url?: string; revision?: string } | undefined;
  const file = (path: string) => input.files.find((f) => f.path === path);

  for (const [name, kind] of Object.entries(NODE_FILES)) {
    const f = file(`data/${name}`);
    if (!f) continue;
    nodeFiles.push({ resource: nameOf(f.path), path: f.path, rows: JSON.parse(f.text) });
    resources.push({
      name: nameOf(f.path), type: 'table', path: f.path, title: KIND_TITLES[kind], description: `Nodes of kind \`${kind}\`.`,
      ...json, ...stats(f.text), schema: schemaOf('node', {}, kind), jsonSchema: `${SCHEMA_DIR}/${ROW_SHAPES.node.file}`,
    });
  }
  const rel = file(`data/${RELATIONS_FILE}`);
  if (rel) {
    relations = JSON.parse(rel.text);
    resources.push({
      name: 'relations', type: 'table', path: rel.path, title: 'Relations', description: 'One sourced assertion each: who or what, the relation, to whom or what, when, how certain, on whose word.',
      ...json, ...stats(rel.text), schema: schemaOf('relation', { foreignKeys: [toNode('source'), toNode('target')] }),
      jsonSchema: `${SCHEMA_DIR}/${ROW_SHAPES.relation.file}`,
    });
  }
  const src = file(`data/${SOURCES_FILE}`);
  if (src) {
    seed = (JSON.parse(src.text) as { id: string; title?: string; url?: string; revision?: string }[]).find((s) => s.id === 'wp-anti-stalinist-left');
    resources.push({
      name: 'sources', type: 'table', path: src.path, title: 'Sources', description: 'The bibliography: the seed article, its numbered references (wp-ref-N), published works, primary texts and web pages.',
      ...json, ...stats(src.text), schema: schemaOf('source'), jsonSchema: `${SCHEMA_DIR}/${ROW_SHAPES.source.file}`,
    });
  }
  const ledger = input.files.filter((f) => f.path.startsWith(`data/${LEDGER_DIR}/`)).sort((a, b) => a.path.localeCompare(b.path));
  for (const f of ledger) {
    resources.push({
      name: nameOf(f.path), type: 'table', path: f.path, title: `Seed ledger: ${f.path.slice(`data/${LEDGER_DIR}/`.length)}`,
      description: 'One section of the seed article read statement by statement (data/README.md, Seed ledger).',
      ...json, ...stats(f.text), schema: schemaOf('seed-ledger-entry', { foreignKeys: [toNode('node')] }),
      jsonSchema: `${SCHEMA_DIR}/${ROW_SHAPES['seed-ledger-entry'].file}`,
    });
  }
  const tour = file(`data/${TOURS_FILE}`);
  let tours: TourRows | null = null;
  if (tour) {
    tours = JSON.parse(tour.text);
    resources.push({
      name: 'tours', type: 'table', path: tour.path, title: 'Tours', description: 'Guided tours of the bundled data, each step a view of the map with the relations it rests on.',
      ...json, ...stats(tour.text), schema: schemaOf('tour'), jsonSchema: `${SCHEMA_DIR}/${ROW_SHAPES.tour.file}`,
    });
  }
  const described = new Set(resources.map((r) => r.path));
  const unknown = input.files.filter((f) => !described.has(f.path)).map((f) => f.path);
  if (unknown.length > 0) throw new Error(`datapackage: no resource description for ${unknown.join(', ')}`);

  const views = new Map<string, string>();
  for (const view of keyViews(nodeFiles, relations, tours)) {
    const text = viewCsv(view);
    views.set(view.path, text);
    resources.push({
      name: view.name, type: 'table', path: view.path, title: view.title, description: view.description,
      format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', ...stats(text), schema: view.schema,
    });
  }
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'influence-atlas',
    title: DATASET_TITLE,
    description: 'A sourced network of intellectual influence: people, organizations, periodicals, works and events of the anti-Stalinist left, joined by typed, dated relations, each with its evidence (a source, a locator and a note) and a confidence level. The seed ledger reads the seed article statement by statement; the tours lead through the data. Generated by `npm run datapackage`; data/README.md documents the format.',
    version: input.version,
    contributors: [{ title: 'Influence Atlas contributors', roles: ['creator'] }],
    keywords: ['anti-Stalinist left', 'intellectual history', 'network', 'Trotskyism', 'history of socialism'],
    ...(seed?.url ? { sources: [{ title: `${seed.title ?? 'Seed article'} (Wikipedia, revision ${seed.revision ?? 'unknown'}; CC BY-SA 4.0)`, path: seed.url }] } : {}),
    resources,
  };
  return { descriptor, views };
}
