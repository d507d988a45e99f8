// Checks what a data package's Table Schemas promise about keys, on the rows of its resources:
// every primary key present and unique, every foreign key naming a row that exists. A small
// implementation of that part of Table Schema (a full validator, frictionless-py, does not install
// here); the rows come from the caller, already parsed.
import type { TableSchema } from './table-schema';

/** One broken promise: which resource, which row (counted from 1), which fields, what is wrong. */
export interface KeyProblem { resource: string; row: number; fields: string[]; message: string }

/** A resource as far as keys go: its name and Table Schema. */
export interface KeyedResource { name: string; schema: TableSchema }

type Row = Record<string, unknown>;

const tuple = (row: Row, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f] ?? null));
const missing = (row: Row, fields: readonly string[]) => fields.some((f) => row[f] === undefined || row[f] === null || row[f] === '');

/**
 * Checks the primary and foreign keys of every resource. A foreign key whose fields are all empty
 * is not checked (Table Schema: a null reference is allowed unless the field is required).
 */
export function checkKeys(resources: readonly KeyedResource[], rowsOf: (name: string) => readonly Row[]): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  for (const resource of resources) {
    const rows = rowsOf(resource.name);
    const { primaryKey, foreignKeys = [] } = resource.schema;
    if (primaryKey) {
      const seen = new Map<string, number>();
      rows.forEach((row, i) => {
        if (missing(row, primaryKey)) {
          problems.push({ resource: resource.name, row: i + 1, fields: primaryKey, message: 'primary key is empty' });
          return;
        }
        const key = tuple(row, primaryKey);
        const first = seen.get(key);
        if (first) problems.push({ resource: resource.name, row: i + 1, fields: primaryKey, message: `duplicate primary key ${key} (first in row ${first})` });
        else seen.set(key, i + 1);
      });
    }
    for (const fk of foreignKeys) {
      const target = fk.reference.resource ? byName.get(fk.reference.resource) : resource;
      if (!target) {
        problems.push({ resource: resource.name, row: 0, fields: fk.fields, message: `foreign key names no resource '${fk.reference.resource}'` });
        continue;
      }
      const keys = new Set(rowsOf(target.name).map((row) => tuple(row, fk.reference.fields)));
      rows.forEach((row, i) => {
        if (fk.fields.every((f) => row[f] === undefined || row[f] === null)) return;
        const key = tuple(row, fk.fields);
        if (!keys.has(key)) problems.push({ resource: resource.name, row: i + 1, fields: fk.fields, message: `${key} is not a ${fk.reference.fields.join('+')} of ${target.name}` });
      });
    }
  }
  return problems;
}
