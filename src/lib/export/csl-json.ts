// CSL-JSON (the input format of citeproc, Zotero, Pandoc) of the bibliography: one item per
// source, typed by sourceKind, with names in parts where source-names.ts can tell them and the
// year as `issued` date-parts. The text of the data is carried as it is: JSON escapes it.
import { safeUrl } from '../model/cite';
import type { Source } from '../model/types';
import { sourceKind, type SourceKind } from './source-kind';
import { sourceNames, type SourceName } from './source-names';

/** A CSL name: family and given names (with a particle such as "van der"), or a literal. */
export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string } | { literal: string };

/** One CSL-JSON item, with the variables this bibliography fills. */
export interface CslItem {
  id: string;
  type: SourceKind;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': [[number]] };
  version?: string;
  URL?: string;
  note?: string;
  annote?: string;
}

function cslName(name: SourceName): CslName {
  if ('literal' in name) return { literal: name.literal };
  return { family: name.family, ...(name.given ? { given: name.given } : {}), ...(name.particle ? { 'non-dropping-particle': name.particle } : {}) };
}

/** The CSL item of a source. */
export function cslItem(source: Source): CslItem {
  const type = sourceKind(source);
  const names = sourceNames(source.author);
  const item: CslItem = { id: source.id, type };
  if (source.title) item.title = source.title;
  if (names.authors.length > 0) item.author = names.authors.map(cslName);
  if (names.editors.length > 0) item.editor = names.editors.map(cslName);
  if (names.translators.length > 0) item.translator = names.translators.map(cslName);
  // The periodical of an article, the book of a chapter, the site of a web page.
  const container = type === 'webpage' ? source.publisher : type === 'article-journal' || type === 'chapter' ? source.journal : undefined;
  if (container) item['container-title'] = container;
  if (source.publisher && type !== 'webpage') item.publisher = source.publisher;
  if (source.year !== undefined) item.issued = { 'date-parts': [[source.year]] };
  if (source.revision) item.version = source.revision;
  const url = safeUrl(source.url);
  if (url) item.URL = url;
  if (source.citation) item.note = source.citation;
  if (source.note) item.annote = source.note;
  return item;
}

/** A CSL-JSON file: an array of items, in the order given. */
export function writeCslJson(sources: readonly Source[]): string {
  return `${JSON.stringify(sources.map(cslItem), null, 2)}\n`;
}
