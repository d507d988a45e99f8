// CITATION.cff: valid Citation File Format 1.2.0 (the official schema), with the version and
// licence that package.json states, and a preferred citation of the dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../../scripts/read-data';
import { DATASET_TITLE } from '../../../src/lib/model/build-graph';

const cff = parse(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

describe('CITATION.cff', () => {
  it('is valid against the CFF 1.2.0 schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'cff-1.2.0', 'schema.json'), 'utf8')));
    expect(validate(cff), ajv.errorsText(validate.errors)).toBe(true);
    // The schema does refuse a file without authors, or with a made-up licence.
    expect(validate({ ...cff, authors: [] })).toBe(false);
    expect(validate({ ...cff, license: 'Whatever-1.0' })).toBe(false);
  });

  it('has the version and licence of package.json', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.version).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(cff.authors).toEqual([{ name: 'Influence Atlas contributors' }]);
  });

  it('asks for the dataset to be cited, at the same version, with the title the app shows', () => {
    const preferred = cff['preferred-citation'];
    // CFF 1.2.0 names the reference type of a dataset `data` (`dataset` is only a top-level type).
    expect(preferred.type).toBe('data');
    expect(preferred.title).toBe(DATASET_TITLE);
    expect(preferred.version).toBe(pkg.version);
    expect(preferred.authors).toEqual(cff.authors);
    // How to find the full dataset version (with the hash of the data) is in the message.
    expect(cff.message).toMatch(/datapackage\.json/);
  });
});
