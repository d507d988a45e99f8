// Which format a chosen file is in: by its content first (the root element of XML, the shape of
// JSON), then by its name. The seven dataset files are recognised by name.
import { DATA_FILES } from '../model/data-files';
import type { FormatName } from './foreign';

/** A file's format, the app's own dataset files, or unknown. */
export type Sniffed = FormatName | 'dataset' | 'unknown';

/** Guesses a file's format from its name and the start of its text. */
export function sniff(name: string, head: string): Sniffed {
  const lower = name.toLowerCase();
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 4000);
  if (start.startsWith('<')) {
    const withoutProlog = start.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '').trimStart();
    if (/^<(\w+:)?gexf[\s>]/.test(withoutProlog)) return 'gexf';
    if (/^<(\w+:)?graphml[\s>]/.test(withoutProlog)) return 'graphml';
  }
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml') || lower.endsWith('.xml')) return 'graphml';
  if (lower.endsWith('.json')) return DATA_FILES.includes(lower.split('/').pop()!) ? 'dataset' : 'graphology-json';
  if (start.startsWith('{')) return 'graphology-json';
  if (/\.(csv|tsv|txt)$/.test(lower)) return 'csv';
  return 'unknown';
}
