// Formats bibliography entries and evidence locators for reading and for citation exports.
import type { Source } from './types';

/** A one-line reference: "Isaac Deutscher (1963). The Prophet Outcast. Oxford University Press." */
export function formatSource(source: Source): string {
  if (source.type === 'reference' && source.citation) return source.citation;
  const parts: string[] = [];
  const head = [source.author, source.year ? `(${source.year})` : ''].filter(Boolean).join(' ');
  if (head) parts.push(head);
  if (source.title) parts.push(source.title);
  if (source.journal) parts.push(source.journal);
  if (source.publisher) parts.push(source.publisher);
  if (source.revision) parts.push(`revision ${source.revision}`);
  return parts.join('. ').replace(/\.\./g, '.') + '.';
}

/**
 * The seed's reference numbers named in a locator, each once, in the order first named:
 * "§ Spain; refs. 40–41, 44" → [40, 41, 44]; "ref. 42, 42" → [42] (the evidence view keys by them).
 */
export function seedReferences(locator: string): number[] {
  const match = /refs?\.?\s*([\d\s,–-]+)/i.exec(locator);
  if (!match) return [];
  const numbers = new Set<number>();
  for (const part of match[1].split(',')) {
    const [a, b] = part.split(/[–-]/).map((s) => Number.parseInt(s.trim(), 10));
    if (Number.isNaN(a)) continue;
    const end = Number.isNaN(b) || b === undefined ? a : b;
    for (let n = a; n <= end && n - a < 20; n++) numbers.add(n);
  }
  return [...numbers];
}

/** Only http(s) URLs become links; anything else in the data stays text. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A short name for a source in a list: "Isaac Deutscher (1963), The Prophet Outcast", "Seed ref. 12: …". */
export function shortSource(source: Source, max = 80): string {
  const text = source.type === 'reference' && source.citation
    ? `Seed ${source.id.replace('wp-ref-', 'ref. ')}: ${source.citation}`
    : [[source.author, source.year ? `(${source.year})` : ''].filter(Boolean).join(' '), source.title ?? source.citation ?? source.id].filter(Boolean).join(', ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
