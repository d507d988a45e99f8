// Byte counts, all gzip (node's zlib at its default level, as `vite preview` serves them):
// the first-page JavaScript of a build, and what a page fetched before it drew.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, normalize, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipCache = new Map<string, number>();

/** gzip size of one file, in bytes. */
export function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Paths (relative to dist, posix) of the entry module and its modulepreload links in dist/index.html. */
export function firstPageScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    const isEntry = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const ref = isEntry ? attr('src') : isPreload ? attr('href') : undefined;
    if (ref && !/^(?:[a-z]+:)?\/\//i.test(ref)) files.push(posix.normalize(ref.replace(/^\.?\//, '')));
  }
  return [...new Set(files)];
}

/** Every .js file in dist/assets that is not first-page: what loads later, on demand or when idle. */
export function lazyScripts(dist: string, firstPage: string[]): string[] {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets).map((f) => `assets/${f}`).filter((f) => f.endsWith('.js') && !firstPage.includes(f));
}

export function sumGzip(dist: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipBytes(join(dist, f)), 0);
}

/**
 * Maps a URL the page fetched to the file in the served folder; null for other origins, data:
 * URLs, or paths with no file (a SPA fallback would have served index.html for those).
 */
export function fileForUrl(dist: string, origin: string, url: string): string | null {
  let parsed: URL;
  try { parsed = new URL(url); } catch { return null; }
  if (parsed.origin !== origin) return null;
  let path = decodeURIComponent(parsed.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(dist, path));
  if (!file.startsWith(normalize(dist) + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export const kB = (bytes: number) => bytes / 1024;
