// The caption printed under exported images: what is shown, with which filters, from which dataset.

/** What the caption says about the exported view. */
export interface CaptionInput {
  /** The dataset's title from the graph ("Influence Atlas: the anti-Stalinist left"). */
  title: string;
  focus: string | null;
  filters: string;
  version: string;
  date: Date;
}

/** The caption's lines: title and focus, the filters, then dataset version and export date. */
export function captionLines(input: CaptionInput): string[] {
  const name = input.title.trim().replace(/^Influence Atlas:\s*/, '');
  const title = [name, input.focus?.trim()].filter(Boolean).join(' · ');
  return [
    title ? `Influence Atlas — ${title}` : 'Influence Atlas',
    `Filters: ${input.filters.trim() || 'No filters'}`,
    `Dataset ${input.version.trim() || 'unknown'} · exported ${isoDate(input.date)} · Influence Atlas`,
  ];
}

/** A date as YYYY-MM-DD in UTC, so the same moment gives the same day everywhere. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('export/caption: invalid date');
  return date.toISOString().slice(0, 10);
}
