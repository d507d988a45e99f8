// Frictionless Table Schemas for the data files, read off their JSON Schemas (json-schemas.ts).
// A data file is a JSON array of objects, which the Data Package standard counts as tabular data
// (one row per object, one field per top-level key); nested values become `object` or `array`
// fields, which Table Schema has. The full structure stays in the JSON Schema beside it.
import type { JsonSchema } from './json-schemas';

/** The constraints of a Table Schema field that a JSON Schema can tell. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** One Table Schema field. */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any';
  description?: string;
  constraints?: FieldConstraints;
}

/** A Table Schema foreign key: these fields of each row name a row of another resource. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A Table Schema. */
export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

const JSON_TYPES: Record<string, TableField['type']> = {
  string: 'string', integer: 'integer', number: 'number', boolean: 'boolean', object: 'object', array: 'array',
};

/**
 * Table Schema patterns are XML Schema regular expressions, which match the whole value and have
 * no non-capturing groups: `^[a-z0-9]+(?:-[a-z0-9]+)*$` becomes `[a-z0-9]+(-[a-z0-9]+)*`, and
 * `^https?://` (a prefix) becomes `https?://.*`. Patterns that use anything else of JavaScript's
 * syntax are left out rather than mistranslated.
 */
export function xsdPattern(pattern: string): string | null {
  const start = pattern.startsWith('^') ? pattern.slice(1) : `.*${pattern}`;
  const end = /(^|[^\\])\$$/.test(start) ? start.slice(0, -1) : `${start}.*`;
  const body = end.replace(/\(\?:/g, '(');
  return /\(\?|\\[bBdDwWsS]|[\^$]/.test(body.replace(/\\[\^$]/g, '')) ? null : body;
}

// A row with properties of its own is one type (an anyOf beside them only adds requirements).
const variants = (row: JsonSchema): JsonSchema[] => (row.properties ? [row] : row.oneOf ?? row.anyOf ?? [row]) as JsonSchema[];

function typeOf(property: JsonSchema): TableField['type'] {
  if (typeof property.type === 'string') return JSON_TYPES[property.type] ?? 'any';
  const options = (property.anyOf ?? property.oneOf) as JsonSchema[] | undefined;
  if (!options) return 'any';
  const types = new Set(options.map(typeOf));
  return types.size === 1 ? [...types][0] : 'any';
}

function constraintsOf(property: JsonSchema, type: TableField['type']): FieldConstraints {
  const c: FieldConstraints = {};
  if (Array.isArray(property.enum)) c.enum = property.enum as FieldConstraints['enum'];
  if (property.const !== undefined) c.enum = [property.const as string];
  if (typeof property.pattern === 'string') {
    const pattern = xsdPattern(property.pattern);
    if (pattern) c.pattern = pattern;
  }
  const length = type === 'array' ? ['minItems', 'maxItems'] : ['minLength', 'maxLength'];
  if (typeof property[length[0]] === 'number') c.minLength = property[length[0]] as number;
  if (typeof property[length[1]] === 'number') c.maxLength = property[length[1]] as number;
  // zod bounds every integer by ±(2^53 − 1); that says nothing about the data.
  const bound = (v: unknown) => typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER;
  if (bound(property.minimum)) c.minimum = property.minimum as number;
  if (bound(property.maximum)) c.maximum = property.maximum as number;
  return c;
}

/**
 * The fields of a row's JSON Schema, in its order. A union of row types (the seed ledger's
 * statements and entities) gives the union of their fields: a field is required when every variant
 * requires it, and a discriminating `const` becomes an `enum` of all its values.
 */
export function tableFields(row: JsonSchema, descriptions: Readonly<Record<string, string>> = {}): TableField[] {
  const fields = new Map<string, { property: JsonSchema; required: number; present: number; consts: unknown[] }>();
  const rows = variants(row);
  for (const variant of rows) {
    const required = new Set((variant.required ?? []) as string[]);
    for (const [name, property] of Object.entries((variant.properties ?? {}) as Record<string, JsonSchema>)) {
      const field = fields.get(name) ?? { property, required: 0, present: 0, consts: [] };
      field.present++;
      if (required.has(name)) field.required++;
      if (property.const !== undefined) field.consts.push(property.const);
      fields.set(name, field);
    }
  }
  return [...fields].map(([name, { property, required, consts }]) => {
    const type = typeOf(property);
    const constraints = constraintsOf(property, type);
    if (consts.length > 1) constraints.enum = consts as FieldConstraints['enum'];
    if (required === rows.length) constraints.required = true;
    const field: TableField = { name, type };
    if (descriptions[name]) field.description = descriptions[name];
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
}
