// The JSON Schemas of the dataset's files, generated from the zod schemas that the validator
// uses (model/schema.ts, model/seed-ledger.ts), so the data package never describes a format
// the app does not read. `npm run datapackage` writes them to schemas/; a test keeps them current.
import { z } from 'zod';
import { nodeSchema, relationSchema, sourceSchema } from '../model/schema';
import { ledgerEntrySchema } from '../model/seed-ledger';
import { tourSchema } from '../model/tour-schema';

/** Where the generated schemas live, relative to the repository's top. */
export const SCHEMA_DIR = 'schemas';

/** A JSON Schema, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The shapes of row a data file can hold: every file is a JSON array of one of them. */
export const ROW_SHAPES = {
  node: {
    schema: nodeSchema,
    file: 'node.schema.json',
    title: 'Node',
    description: 'A person, organization, periodical, work or event, with its biography and the sources of the biography.',
  },
  relation: {
    schema: relationSchema,
    file: 'relation.schema.json',
    title: 'Relation',
    description: 'One sourced assertion: a typed, dated relation from one node to another, with its evidence.',
  },
  source: {
    schema: sourceSchema,
    file: 'source.schema.json',
    title: 'Source',
    description: 'An entry of the bibliography: a published work, a primary text, a web page or a numbered reference of the seed article.',
  },
  'seed-ledger-entry': {
    schema: ledgerEntrySchema,
    file: 'seed-ledger-entry.schema.json',
    title: 'Seed ledger entry',
    description: 'A statement of the seed article, or an entity it names, and how the dataset answers it (encoded, excluded with a reason, or open).',
  },
  tour: {
    schema: tourSchema,
    file: 'tour.schema.json',
    title: 'Tour',
    description: 'A guided tour of the bundled data: steps, each a view of the map with a short text and the relations (and biographies) it rests on.',
  },
} as const;

export type RowShape = keyof typeof ROW_SHAPES;

const stripDialect = (schema: JsonSchema): JsonSchema => {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
};

/**
 * What zod checks that its JSON Schema output cannot say by itself, restored by hand: a source's
 * URL must be http(s) (zod's `protocol` option is not exported), and a source needs a title or a
 * citation (a `.refine`). The validator still checks more than any schema can: that ids resolve,
 * that dates agree, that bios have 2–5 sentences.
 */
function restoreChecks(shape: RowShape, row: JsonSchema): JsonSchema {
  if (shape !== 'source') return row;
  const properties = row.properties as Record<string, JsonSchema>;
  return {
    ...row,
    properties: { ...properties, url: { ...properties.url, pattern: '^https?://' } },
    anyOf: [{ required: ['title'] }, { required: ['citation'] }],
  };
}

/** The JSON Schema of one row of a shape (no dialect keyword: it is embedded in a file's schema). */
export function rowJsonSchema(shape: RowShape): JsonSchema {
  // `io: 'input'`: the files are what is written by hand, before zod fills in defaults.
  const generated = z.toJSONSchema(ROW_SHAPES[shape].schema, { io: 'input' }) as JsonSchema;
  return restoreChecks(shape, stripDialect(generated));
}

/** The JSON Schema of a whole data file of a shape: a JSON array of its rows. */
export function fileJsonSchema(shape: RowShape): JsonSchema {
  const { title, description } = ROW_SHAPES[shape];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Influence Atlas: ${title.toLowerCase()} file`,
    description: `${description} Generated from the zod schemas of the app by \`npm run datapackage\`; do not edit.`,
    type: 'array',
    items: rowJsonSchema(shape),
  };
}

/** Every schema file, by its name under schemas/, as the text the script writes. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const shape of Object.keys(ROW_SHAPES) as RowShape[]) {
    files.set(ROW_SHAPES[shape].file, `${JSON.stringify(fileJsonSchema(shape), null, 2)}\n`);
  }
  return files;
}
