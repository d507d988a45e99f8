// Reads the dataset files from data/ and derives the dataset version from their content.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, type DataFile } from '../src/lib/model/validate';
import { TOURS_FILE } from '../src/lib/model/validate-tours';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads every dataset file that exists (missing ones are reported by the validator). */
export function readDataFiles(dir = join(ROOT, 'data')): DataFile[] {
  return DATA_FILES.filter((name) => existsSync(join(dir, name))).map((name) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
}

/** The text of the tours beside the dataset (`tours.json`), or null when there are none. */
export function readToursFile(dir = join(ROOT, 'data')): string | null {
  const path = join(dir, TOURS_FILE);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** `<package version>+<first 8 hex of sha256 over the data files>`: changes whenever the data does. */
export function datasetVersion(files: DataFile[]): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(f.name).update('\0').update(f.text);
  return `${pkg.version}+${hash.digest('hex').slice(0, 8)}`;
}
