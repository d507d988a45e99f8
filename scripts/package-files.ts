// The files `npm run datapackage` writes, computed from data/: datapackage.json, the JSON Schemas
// (schemas/) and the key views (data-keys/). Shared by the script and the test that keeps them current.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataPackage } from '../src/lib/package/descriptor';
import { SCHEMA_DIR, schemaFiles } from '../src/lib/package/json-schemas';
import { datasetVersion, readDatasetFiles, ROOT } from './read-data';

/** The descriptor's file name, at the repository's top (where Frictionless tools look for it). */
export const DESCRIPTOR = 'datapackage.json';

/** Every generated file, by its path from the repository's top, as the text to write. */
export function packageOutputs(dir?: string): Map<string, string> {
  const files = readDatasetFiles(dir);
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const { descriptor, views } = buildDataPackage({
    files: files.map((f) => ({ path: `data/${f.name}`, text: f.text })),
    version: datasetVersion(files),
    sha256,
  });
  const out = new Map<string, string>([[DESCRIPTOR, `${JSON.stringify(descriptor, null, 2)}\n`]]);
  for (const [name, text] of schemaFiles()) out.set(`${SCHEMA_DIR}/${name}`, text);
  for (const [path, text] of views) out.set(path, text);
  return out;
}

/** The generated files that differ from what `npm run datapackage` would write now (or are missing). */
export function stalePackageFiles(outputs = packageOutputs()): string[] {
  return [...outputs].filter(([path, text]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text).map(([path]) => path);
}
