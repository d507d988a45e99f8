// The bibliography exports: the sources cited by the evidence of the visible relations, as
// CSL-JSON or BibTeX, from the Export menu; the command line (scripts/bibliography.ts) writes all
// of them. Loaded on first use (the registry imports it dynamically), never on the first page.
import type { TextsFile } from '../model/atlas-files';
import type { Source } from '../model/types';
import { writeBibtex } from './bibtex';
import { writeCslJson } from './csl-json';
import type { ExportContext } from './registry';

/** Sources in a stable order: by id, numbers in ids compared as numbers (wp-ref-2 before wp-ref-10). */
export function sortSources(sources: Iterable<Source>): Source[] {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Each source that the evidence of the given relations cites, once, in id order. */
export function relationSources(edges: Iterable<string>, texts: TextsFile, sources: ReadonlyMap<string, Source>): Source[] {
  const cited = new Map<string, Source>();
  for (const edge of edges) {
    for (const item of texts.evidence[edge] ?? []) {
      const source = sources.get(item.source);
      if (source) cited.set(source.id, source);
    }
  }
  return sortSources(cited.values());
}

function visibleSources(ctx: ExportContext): { sources: Source[]; header: string[] } {
  if (!ctx.texts) throw new Error('export: the evidence is still loading; try again in a moment');
  const sources = relationSources(ctx.visibility.edges, ctx.texts, ctx.sources);
  const relations = ctx.visibility.edges.size;
  const header = [`Sources cited by the evidence of the ${relations} visible relation${relations === 1 ? '' : 's'}: ${sources.length} source${sources.length === 1 ? '' : 's'}.`, ...ctx.caption];
  return { sources, header };
}

/** CSL-JSON of the sources of the visible relations. */
export function cslJsonBlob(ctx: ExportContext): Blob {
  return new Blob([writeCslJson(visibleSources(ctx).sources)], { type: 'application/vnd.citationstyles.csl+json' });
}

/** BibTeX of the sources of the visible relations, with a comment saying what the file holds. */
export function bibtexBlob(ctx: ExportContext): Blob {
  const { sources, header } = visibleSources(ctx);
  return new Blob([writeBibtex(sources, header)], { type: 'application/x-bibtex;charset=utf-8' });
}
