// A citation for what the reader is looking at: the atlas, the dataset version, the node or
// relation, and the link that reopens it.
import { isoDate } from './caption';

export interface CiteInput {
  /** What is cited: a node's label, or a relation written out. */
  subject: string;
  /** The dataset's title, from the graph ("Influence Atlas: the anti-Stalinist left"). */
  title: string;
  version: string;
  url: string;
  date: Date;
}

/** "“George Orwell”, in Influence Atlas: the anti-Stalinist left, dataset 0.1.0+abcd, <url> (accessed 2026-11-26)." */
export function citeView({ subject, title, version, url, date }: CiteInput): string {
  return `“${subject}”, in ${title}, dataset version ${version}, ${url} (accessed ${isoDate(date)}).`;
}
