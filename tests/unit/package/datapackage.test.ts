// The Frictionless data package: up to date with the data and the zod schemas, valid against the
// official Data Package profiles (2.0 and 1.0), describing every data file with its size and
// sha256, and its keys holding in the bundled data (and failing when they break).
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DESCRIPTOR, packageOutputs, stalePackageFiles } from '../../../scripts/package-files';
import { datasetVersion, readDatasetFiles, ROOT } from '../../../scripts/read-data';
import { checkKeys } from '../../../src/lib/package/check-keys';
import type { PackageResource } from '../../../src/lib/package/descriptor';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const descriptor = JSON.parse(read(DESCRIPTOR)) as { version: string; resources: PackageResource[]; [k: string]: unknown };
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'data-package');

/** The rows of a resource as a Table Schema reader gives them: JSON objects, or CSV rows cast by field type. */
function rowsOf(resource: PackageResource, text = read(resource.path)): Record<string, unknown>[] {
  if (resource.format === 'json') return JSON.parse(text);
  const integers = resource.schema.fields.filter((f) => f.type === 'integer').map((f) => f.name);
  return csvParse(text).map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const f of integers) out[f] = Number(row[f]);
    return out;
  });
}

describe('datapackage.json', () => {
  it('is what `npm run datapackage` writes from the data and the zod schemas now', () => {
    expect(stalePackageFiles(), 'stale package files: run npm run datapackage').toEqual([]);
  });

  it('is valid against the official Data Package profiles, 2.0 and 1.0', () => {
    for (const version of ['2.0', '1.0']) {
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, `datapackage-${version}.json`), 'utf8')));
      expect(validate(descriptor), `${version}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // The profile does reject a broken descriptor (so the check above can fail).
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'datapackage-2.0.json'), 'utf8')));
    const broken = { ...descriptor, resources: [{ ...descriptor.resources[0], schema: { primaryKey: ['id'] } }] };
    expect(validate(broken)).toBe(false);
    expect(validate({ name: 'no-resources' })).toBe(false);
  });

  it('has what the standard requires of each resource, and keys that name real fields', () => {
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of descriptor.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.type).toBe('table');
      expect(r.path, r.name).not.toMatch(/^\/|\.\./);
      const fields = new Set(r.schema.fields.map((f) => f.name));
      expect(r.schema.fields.length).toBeGreaterThan(0);
      for (const f of r.schema.primaryKey ?? []) expect(fields.has(f), `${r.name}: primary key ${f}`).toBe(true);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const f of fk.fields) expect(fields.has(f), `${r.name}: foreign key ${f}`).toBe(true);
        const target = descriptor.resources.find((t) => t.name === fk.reference.resource)!;
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        for (const f of fk.reference.fields) expect(target.schema.fields.some((t) => t.name === f)).toBe(true);
      }
    }
    // The keys the data rests on: relation ends are nodes, evidence cites sources.
    const fk = (name: string) => descriptor.resources.find((r) => r.name === name)!.schema.foreignKeys!.map((k) => `${k.fields}→${k.reference.resource}.${k.reference.fields}`);
    expect(fk('relations')).toEqual(['source→node-keys.id', 'target→node-keys.id']);
    expect(fk('evidence-keys')).toEqual(['relation→relations.id', 'source→sources.id']);
    expect(fk('bio-source-keys')).toEqual(['node→node-keys.id', 'source→sources.id']);
    expect(fk('tour-claim-keys')).toEqual(['tour→tours.id', 'relation→relations.id']);
  });

  it('describes every data file, with its size and sha256', () => {
    const onDisk = [
      ...readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json')).map((f) => `data/${f}`),
      ...readdirSync(join(ROOT, 'data', 'seed-ledger')).filter((f) => f.endsWith('.json')).map((f) => `data/seed-ledger/${f}`),
    ];
    const described = descriptor.resources.map((r) => r.path);
    expect(onDisk.filter((f) => !described.includes(f)), 'data files the package leaves out').toEqual([]);
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(ROOT, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('keeps its promises on the bundled data: every primary key unique, every foreign key resolving', () => {
    const rows = new Map(descriptor.resources.map((r) => [r.name, rowsOf(r)]));
    expect(checkKeys(descriptor.resources, (name) => rows.get(name)!)).toEqual([]);
    const relations = rows.get('relations')!;
    expect(rows.get('evidence-keys')!.length).toBe(relations.reduce((n, r) => n + (r.evidence as unknown[]).length, 0));
    expect(rows.get('node-keys')!.length).toBe(descriptor.resources.filter((r) => r.jsonSchema === 'schemas/node.schema.json')
      .reduce((n, r) => n + rows.get(r.name)!.length, 0));
  });

  it('reports a broken key: a dangling relation end, an unknown source, a duplicate id', () => {
    const rows = new Map(descriptor.resources.map((r) => [r.name, rowsOf(r)]));
    const relations = rows.get('relations')!.map((r) => ({ ...r }));
    relations[3].target = 'nobody-at-all';
    const evidence = rows.get('evidence-keys')!.map((r) => ({ ...r }));
    evidence[0].source = 'no-such-source';
    const sources = rows.get('sources')!;
    rows.set('relations', relations);
    rows.set('evidence-keys', evidence);
    rows.set('sources', [...sources, sources[0]]);
    const problems = checkKeys(descriptor.resources, (name) => rows.get(name)!);
    expect(problems.map((p) => [p.resource, p.row, p.fields.join('+')])).toEqual([
      ['relations', 4, 'target'],
      ['sources', sources.length + 1, 'id'],
      ['evidence-keys', 1, 'source'],
    ]);
    expect(problems[0].message).toBe('["nobody-at-all"] is not a id of node-keys');
  });

  it('has the dataset version, which changes with any edit of the data, the seed ledger too', () => {
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(descriptor.version).toBe(datasetVersion(readDatasetFiles()));
    expect(descriptor.version).toMatch(new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\+[0-9a-f]{8}$`));
    const copy = mkdtempSync(join(tmpdir(), 'atlas-package-'));
    cpSync(join(ROOT, 'data'), copy, { recursive: true });
    const ledger = join(copy, 'seed-ledger', '01-lead.json');
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace(/\n$/, '\n\n'));
    const edited = JSON.parse(packageOutputs(copy).get(DESCRIPTOR)!) as typeof descriptor;
    expect(edited.version).not.toBe(descriptor.version);
    const hashOf = (d: typeof descriptor) => d.resources.find((r) => r.path === 'data/seed-ledger/01-lead.json')!.hash;
    expect(hashOf(edited)).not.toBe(hashOf(descriptor));
  });
});
