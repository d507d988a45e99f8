// Finds runs of words shared between two texts, to prove bios and notes are not copied.

/** Lowercased ASCII word tokens, diacritics folded, punctuation dropped. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[łđøßæœ]/g, (c) => FOLD[c] ?? c)
    .match(/[a-z0-9]+/g) ?? [];
}

/** Letters that NFKD does not decompose. */
const FOLD: Record<string, string> = { 'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe' };

/** An index of every run of `n` consecutive words in a reference text. */
export function shingleIndex(reference: string, n: number): Set<string> {
  const tokens = words(reference);
  const index = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) index.add(tokens.slice(i, i + n).join(' '));
  return index;
}

/** The first run of `n` words of `text` found in the index, or null. */
export function sharedRun(text: string, index: Set<string>, n: number): string | null {
  const tokens = words(text);
  for (let i = 0; i + n <= tokens.length; i++) {
    const run = tokens.slice(i, i + n).join(' ');
    if (index.has(run)) return run;
  }
  return null;
}
