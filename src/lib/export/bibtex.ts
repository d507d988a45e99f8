// BibTeX (biblatex flavour, UTF-8) of the bibliography. Every field value is braced, and every
// character that TeX would read as a command (\ { } % & # $ _ ^ ~) or that fonts and babel may
// turn into something else (" < >) is written as its escape, so a title can never break the
// file or run as TeX. Entry types follow the source's `type` (sourceKind, shared with CSL-JSON).
import { safeUrl } from '../model/cite';
import type { Source } from '../model/types';
import { sourceKind } from './source-kind';
import { sourceNames, type SourceName } from './source-names';

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', '#': '\\#', $: '\\$', _: '\\_',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '"': '{"}', '<': '\\textless{}', '>': '\\textgreater{}',
};

/**
 * Text as TeX reads it back: special characters escaped, control characters dropped, line breaks
 * and runs of space as one space (a blank line would end a paragraph inside the field).
 */
export function texEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- dropping the control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&#$_^~"<>]/g, (c) => TEX[c]);
}

/** A URL for biblatex's verbatim `url` field: only http(s), and nothing that would unbalance the braces. */
function texUrl(url: string | undefined): string | null {
  const safe = safeUrl(url);
  return safe ? safe.replace(/[{}\\\s"]/g, (c) => encodeURIComponent(c)) : null;
}

/** A name as BibTeX parses it: "van der Linden, Marcel"; a body's name in its own braces, so "and" inside it is not a separator. */
function texName(name: SourceName): string {
  if ('literal' in name) return `{${texEscape(name.literal)}}`;
  const family = texEscape([name.particle, name.family].filter(Boolean).join(' '));
  return name.given ? `${family}, ${texEscape(name.given)}` : family;
}

const texNames = (names: readonly SourceName[]) => names.map(texName).join(' and ');

/** A citation key from a source id: BibTeX-safe characters, made unique within one file by `-2`, `-3`… */
export function bibtexKeys(ids: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    const base = id.replace(/[^A-Za-z0-9_:.-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    keys.set(id, key);
  }
  return keys;
}

const ENTRY_TYPES = { book: 'book', 'article-journal': 'article', chapter: 'incollection', webpage: 'online', document: 'misc' } as const;

/** One entry: `@book{key,\n  author = {…},\n  …\n}`. */
export function bibtexEntry(source: Source, key: string): string {
  const kind = sourceKind(source);
  const names = sourceNames(source.author);
  const fields: [string, string][] = [];
  const text = (name: string, value: string | undefined) => { if (value && value.trim()) fields.push([name, texEscape(value)]); };
  if (names.authors.length > 0) fields.push(['author', texNames(names.authors)]);
  if (names.editors.length > 0) fields.push(['editor', texNames(names.editors)]);
  if (names.translators.length > 0) fields.push(['translator', texNames(names.translators)]);
  // Braced once more, so that styles which change the case of titles keep proper names as written.
  if (source.title?.trim()) fields.push(['title', `{${texEscape(source.title)}}`]);
  if (kind === 'article-journal') text('journal', source.journal);
  if (kind === 'chapter') text('booktitle', source.journal);
  if (kind === 'webpage') text('organization', source.publisher);
  else text('publisher', source.publisher);
  if (source.year !== undefined) fields.push(['year', String(source.year)]);
  text('version', source.revision);
  const url = texUrl(source.url);
  if (url) fields.push(['url', url]);
  // A numbered reference of the seed is known only by the citation string the article gives.
  text('note', source.citation);
  text('annote', source.note);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${ENTRY_TYPES[kind]}{${key},\n${body}\n}`;
}

/** A whole .bib file: a comment saying what it holds, then one entry per source, in the order given. */
export function writeBibtex(sources: readonly Source[], header: readonly string[]): string {
  const keys = bibtexKeys(sources.map((s) => s.id));
  // @comment's text must keep its braces balanced: none are let in.
  const comment = header.map((line) => line.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'))).join('\n');
  return [`@comment{${comment}}`, ...sources.map((s) => bibtexEntry(s, keys.get(s.id)!))].join('\n\n') + '\n';
}
