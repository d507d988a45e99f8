// What kind of bibliographic item a source is, for CSL-JSON and BibTeX alike, from its `type` and,
// for a primary text, from the fields it has: in a periodical, from a publisher, on the web.
import type { Source } from '../model/types';

/** The CSL item types the bibliography uses (BibTeX maps each to one entry type). */
export type SourceKind = 'book' | 'article-journal' | 'chapter' | 'webpage' | 'document';

/**
 * book → book, article → article-journal, chapter → chapter, web → webpage; a primary text is an
 * article when it appeared in a periodical, a book when it has a publisher, a web page when it has
 * only an address, and a document otherwise; a numbered reference of the seed, known only by its
 * citation string, is a document.
 */
export function sourceKind(source: Source): SourceKind {
  switch (source.type) {
    case 'book': return 'book';
    case 'article': return 'article-journal';
    case 'chapter': return 'chapter';
    case 'web': return 'webpage';
    case 'primary': return source.journal ? 'article-journal' : source.publisher ? 'book' : source.url ? 'webpage' : 'document';
    default: return 'document';
  }
}
