// Key views: small CSV tables derived from the data files so that the data package can state, in
// plain Table Schema, the foreign keys the JSON files cannot: a relation's end may be a node of any
// of the five node files (a foreign key names one resource), and evidence items and tour claims sit
// inside arrays (a foreign key names top-level fields). Each view holds only keys, one row per node,
// evidence item, biography citation or tour claim; `npm run datapackage` writes them, a test keeps them current.
import type { TableSchema } from './table-schema';

/** Where the views live, relative to the repository's top. */
export const KEY_DIR = 'data-keys';

/** One view: its resource name, file, what it says, its table and its schema. */
export interface KeyView {
  name: string;
  path: string;
  title: string;
  description: string;
  header: string[];
  rows: (string | number)[][];
  schema: TableSchema;
}

/** The rows of one node file, as read. */
export interface NodeFileRows {
  resource: string;
  path: string;
  rows: { id: string; kind: string; bioSources: { source: string }[] }[];
}

/** A cell as RFC 4180 writes it: quoted only when it holds a comma, a quote or a line break. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A view as the CSV text that is written (LF line ends, a header row). */
export function viewCsv(view: Pick<KeyView, 'header' | 'rows'>): string {
  return [view.header, ...view.rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

const key = (name: string, description: string) => ({ name, type: 'string' as const, description, constraints: { required: true } });
const item = { name: 'item', type: 'integer' as const, description: 'Position in the list, counted from 1.', constraints: { required: true, minimum: 1 } };
const toSources = { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } };

/** The rows of the tours file, as far as keys go. */
export type TourRows = readonly { id: string; steps: { claims: string[] }[] }[];

/** The views, from the node files, the relations and the tours (when there are any). */
export function keyViews(nodeFiles: readonly NodeFileRows[], relations: readonly { id: string; evidence: { source: string }[] }[], tours: TourRows | null = null): KeyView[] {
  const nodes = nodeFiles.flatMap((file) => file.rows.map((row) => [row.id, row.kind, file.path]));
  const evidence = relations.flatMap((r) => r.evidence.map((e, i) => [r.id, i + 1, e.source]));
  const bios = nodeFiles.flatMap((file) => file.rows.flatMap((row) => row.bioSources.map((c, i) => [row.id, i + 1, c.source])));
  const views: KeyView[] = [
    {
      name: 'node-keys',
      path: `${KEY_DIR}/nodes.csv`,
      title: 'Every node id, with its kind and file',
      description: 'Derived from the five node files by `npm run datapackage`: one row per node, so that relations and ledger entries can name a node of any kind. Do not edit.',
      header: ['id', 'kind', 'file'],
      rows: nodes,
      schema: {
        fields: [key('id', 'The node id.'), key('kind', 'Its kind.'), key('file', 'The data file that holds it.')],
        primaryKey: ['id'],
      },
    },
    {
      name: 'evidence-keys',
      path: `${KEY_DIR}/evidence.csv`,
      title: 'The source of every evidence item of every relation',
      description: 'Derived from data/relations.json by `npm run datapackage`: one row per evidence item (the locator and note stay in the relation). Do not edit.',
      header: ['relation', 'item', 'source'],
      rows: evidence,
      schema: {
        fields: [key('relation', 'The relation id.'), item, key('source', 'The id of the source the item cites.')],
        primaryKey: ['relation', 'item'],
        foreignKeys: [{ fields: ['relation'], reference: { resource: 'relations', fields: ['id'] } }, toSources],
      },
    },
    {
      name: 'bio-source-keys',
      path: `${KEY_DIR}/bio-sources.csv`,
      title: 'The source of every citation of every biography',
      description: 'Derived from the five node files by `npm run datapackage`: one row per entry of a node\'s bioSources. Do not edit.',
      header: ['node', 'item', 'source'],
      rows: bios,
      schema: {
        fields: [key('node', 'The node id.'), item, key('source', 'The id of the source the biography cites.')],
        primaryKey: ['node', 'item'],
        foreignKeys: [{ fields: ['node'], reference: { resource: 'node-keys', fields: ['id'] } }, toSources],
      },
    },
  ];
  if (tours) {
    views.push({
      name: 'tour-claim-keys',
      path: `${KEY_DIR}/tour-claims.csv`,
      title: 'The relations every step of every tour rests on',
      description: 'Derived from data/tours.json by `npm run datapackage`: one row per claim of a step. Do not edit.',
      header: ['tour', 'step', 'item', 'relation'],
      rows: tours.flatMap((t) => t.steps.flatMap((s, i) => s.claims.map((claim, j) => [t.id, i + 1, j + 1, claim]))),
      schema: {
        fields: [key('tour', 'The tour id.'), { ...item, name: 'step', description: 'The step, counted from 1.' }, item, key('relation', 'The id of the relation the step cites.')],
        primaryKey: ['tour', 'step', 'item'],
        foreignKeys: [{ fields: ['tour'], reference: { resource: 'tours', fields: ['id'] } }, { fields: ['relation'], reference: { resource: 'relations', fields: ['id'] } }],
      },
    });
  }
  return views;
}
