// The text under each page of a tour's PDF: which step of which tour, what the step says, the
// evidence of its claims (each relation with its sources and locators), what the map shows, and
// how to cite the step. Pure: the caller gathers the words from the graph and the texts.
import { citeView } from './cite-view';

/** A claim as the page cites it: the relation in words and each source with its locator. */
export interface CaptionClaim { sentence: string; sources: string[] }

export interface TourCaptionInput {
  tour: string;
  step: string;
  /** From 0. */
  index: number;
  count: number;
  text: string;
  claims: readonly CaptionClaim[];
  /** Biographies the step also rests on: the node's name and its bio's sources. */
  bios: readonly CaptionClaim[];
  /** What the map shows besides its filters ("Leon Trotsky · Focus, 1 step"), or null. */
  shows: string | null;
  /** describeFilters's words. */
  filters: string;
  /** The dataset's title and version, the step's link and the export date, for the citation. */
  title: string;
  version: string;
  url: string;
  date: Date;
}

/** The caption lines of one step's page (the footer wraps each to the page). */
export function tourCaption(input: TourCaptionInput): string[] {
  const { tour, step, index, count } = input;
  const sources = (c: CaptionClaim) => (c.sources.length ? ` — ${c.sources.join('; ')}` : '');
  return [
    `${tour} — step ${index + 1} of ${count}: ${step}`,
    input.text,
    ...input.claims.map((c) => `Evidence: ${c.sentence}${sources(c)}`),
    ...input.bios.map((b) => `Biography of ${b.sentence}${sources(b)}`),
    `Map: ${input.shows ? `${input.shows} · ` : ''}${input.filters}`,
    `Cite as: ${citeView({ subject: `${tour}, step ${index + 1}: ${step}`, title: input.title, version: input.version, url: input.url, date: input.date })}`,
  ];
}
