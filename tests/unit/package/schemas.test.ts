// The schemas the data package gives: every bundled file passes its JSON Schema and its Table
// Schema, and the JSON Schemas refuse what the app's zod schemas refuse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/read-data';
import { nodeSchema, relationSchema, sourceSchema } from '../../../src/lib/model/schema';
import { ledgerEntrySchema } from '../../../src/lib/model/seed-ledger';
import { tourSchema } from '../../../src/lib/model/tour-schema';
import type { PackageResource } from '../../../src/lib/package/descriptor';
import { fileJsonSchema, rowJsonSchema, type RowShape } from '../../../src/lib/package/json-schemas';
import { tableFields, xsdPattern, type TableField } from '../../../src/lib/package/table-schema';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const descriptor = JSON.parse(read('datapackage.json')) as { resources: PackageResource[] };
const jsonResources = descriptor.resources.filter((r) => r.format === 'json');

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (value: unknown) => (validate(value) ? 'ok' : ajv.errorsText(validate.errors));
}

/** Whether a value has a Table Schema field's type (as a JSON reader gives it). */
function hasType(value: unknown, type: TableField['type']): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    case 'boolean': return typeof value === 'boolean';
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    default: return true;
  }
}

describe('the JSON Schemas of the data files', () => {
  it('accept every bundled data file', () => {
    expect(jsonResources.length).toBeGreaterThanOrEqual(18);
    const checks = new Map<string, ReturnType<typeof validator>>();
    for (const r of jsonResources) {
      if (!checks.has(r.jsonSchema!)) checks.set(r.jsonSchema!, validator(JSON.parse(read(r.jsonSchema!))));
      expect(checks.get(r.jsonSchema!)!(JSON.parse(read(r.path))), r.path).toBe('ok');
    }
  });

  it('refuse what zod refuses', () => {
    const people = JSON.parse(read('data/people.json'));
    const relations = JSON.parse(read('data/relations.json'));
    const sources = JSON.parse(read('data/sources.json'));
    const ledger = JSON.parse(read('data/seed-ledger/01-lead.json'));
    const tours = JSON.parse(read('data/tours.json'));
    const bad: [RowShape, { safeParse(v: unknown): { success: boolean } }, unknown][] = [
      ['node', nodeSchema, { ...people[0], kind: 'planet' }],
      ['node', nodeSchema, { ...people[0], nickname: 'x' }],
      ['node', nodeSchema, { ...people[0], bioSources: [] }],
      ['node', nodeSchema, { ...people[0], id: 'Not A Slug' }],
      ['relation', relationSchema, { ...relations[0], confidence: 'sure' }],
      ['relation', relationSchema, { ...relations[0], years: { start: { year: 1600 } } }],
      ['relation', relationSchema, { ...relations[0], evidence: [{ source: 'x', locator: 'p. 1', note: 'short' }] }],
      ['source', sourceSchema, { ...sources[1], url: 'javascript:alert(1)' }],
      ['source', sourceSchema, { id: 'no-title', type: 'book', author: 'Someone' }],
      ['seed-ledger-entry', ledgerEntrySchema, { ...ledger[0], type: 'rumour' }],
      ['seed-ledger-entry', ledgerEntrySchema, { ...ledger[0], paragraph: 0 }],
      ['tour', tourSchema, { ...tours[0], steps: tours[0].steps.slice(0, 1) }],
      ['tour', tourSchema, { ...tours[0], steps: [{ ...tours[0].steps[0], view: { ...tours[0].steps[0].view, focus: 4 } }, tours[0].steps[1]] }],
    ];
    for (const [shape, zod, value] of bad) {
      expect(zod.safeParse(value).success, JSON.stringify(value).slice(0, 80)).toBe(false);
      expect(validator(fileJsonSchema(shape))([value]), `${shape}: ${JSON.stringify(value).slice(0, 80)}`).not.toBe('ok');
    }
    // …and accept what it accepts.
    expect(validator(fileJsonSchema('source'))([{ id: 'a-1', type: 'reference', citation: 'Someone (1950). A book.' }])).toBe('ok');
  });
});

describe('the Table Schemas of the data files', () => {
  it('hold for every row of every bundled file: types, required fields, enums, patterns and lengths', () => {
    const problems: string[] = [];
    let cells = 0;
    for (const r of jsonResources) {
      const rows = JSON.parse(read(r.path)) as Record<string, unknown>[];
      const known = new Set(r.schema.fields.map((f) => f.name));
      const patterns = new Map(r.schema.fields.filter((f) => f.constraints?.pattern).map((f) => [f.name, new RegExp(`^(?:${f.constraints!.pattern})$`)]));
      rows.forEach((row, i) => {
        for (const key of Object.keys(row)) if (!known.has(key)) problems.push(`${r.path}[${i}]: ${key} is no field`);
        for (const f of r.schema.fields) {
          const value = row[f.name];
          const at = `${r.path}[${i}].${f.name}`;
          const c = f.constraints ?? {};
          if (value === undefined) {
            if (c.required) problems.push(`${at} is required`);
            continue;
          }
          cells++;
          if (!hasType(value, f.type)) problems.push(`${at} is not ${f.type}`);
          if (c.enum && !c.enum.includes(value as string)) problems.push(`${at} is not in the enum`);
          if (patterns.has(f.name) && !patterns.get(f.name)!.test(value as string)) problems.push(`${at} does not match ${c.pattern}`);
          const length = (value as string | unknown[]).length;
          if (c.minLength !== undefined && length < c.minLength) problems.push(`${at} is too short`);
          if (c.maxLength !== undefined && length > c.maxLength) problems.push(`${at} is too long`);
          if (c.minimum !== undefined && (value as number) < c.minimum) problems.push(`${at} is below the minimum`);
          if (c.maximum !== undefined && (value as number) > c.maximum) problems.push(`${at} is above the maximum`);
        }
      });
    }
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(10_000);
  });

  it('merge the two kinds of ledger entry: shared fields required, the discriminator an enum', () => {
    const fields = new Map(tableFields(rowJsonSchema('seed-ledger-entry')).map((f) => [f.name, f]));
    expect(fields.get('type')).toEqual({ name: 'type', type: 'string', constraints: { enum: ['statement', 'entity'], required: true } });
    expect(fields.get('id')!.constraints!.required).toBe(true);
    expect(fields.get('claim')!.constraints!.required).toBeUndefined();
    expect(fields.get('refs')).toEqual({ name: 'refs', type: 'array', constraints: { maxLength: 20 } });
  });

  it('write patterns as XML Schema reads them, or not at all', () => {
    expect(xsdPattern('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(xsdPattern('^https?://')).toBe('https?://.*');
    expect(xsdPattern('x[0-9]$')).toBe('.*x[0-9]');
    expect(xsdPattern('^(?!x)[a-z]+$')).toBeNull();
  });
});
