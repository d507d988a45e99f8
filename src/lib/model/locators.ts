// Locators a reader can follow: which evidence items point to a place in their source (a page, a
// chapter, a section, an entry, a paragraph) and which only say the source as a whole ("passim").
import type { AtlasRelation, Source } from './types';

/** "passim", "passim and appendices", "whole text", "whole work (a one-page appeal)", "title page", "throughout". */
const VAGUE = /^(?:passim\b.*|whole(?:\s+\w+)?(?:\s*\(.*\))?|title page|throughout)$/i;

/** Whether a locator names no place a reader could turn to ("p. 64 and passim" does: p. 64). */
export function isVagueLocator(locator: string): boolean {
  return VAGUE.test(locator.trim());
}

/** Whether a reader can check an evidence item: its locator names a place, or its source is a web address. */
export function isCheckable(item: { source: string; locator: string }, sourceUrl: (id: string) => string | undefined): boolean {
  return !isVagueLocator(item.locator) || /^https?:\/\//i.test(sourceUrl(item.source) ?? '');
}

/** Whether a relation rests only on evidence a reader cannot check (so it may be at most `likely`). */
export function restsOnlyOnPassim(relation: Pick<AtlasRelation, 'evidence'>, sourceUrl: (id: string) => string | undefined): boolean {
  return relation.evidence.length > 0 && relation.evidence.every((e) => !isCheckable(e, sourceUrl));
}

export interface LocatorStats {
  /** Evidence items, and those whose locator is passim-like. */
  items: number;
  vague: number;
  /** `certain` relations, and those with at least one checkable evidence item. */
  certain: number;
  certainCheckable: number;
}

/** The figures issue 9 sets targets on (passim-like ≤ 20 % of items; ≥ 80 % of certain relations checkable). */
export function locatorStats(relations: readonly AtlasRelation[], sources: readonly Source[]): LocatorStats {
  const urls = new Map(sources.map((s) => [s.id, s.url]));
  const url = (id: string) => urls.get(id);
  const stats: LocatorStats = { items: 0, vague: 0, certain: 0, certainCheckable: 0 };
  for (const relation of relations) {
    for (const e of relation.evidence) {
      stats.items += 1;
      if (isVagueLocator(e.locator)) stats.vague += 1;
    }
    if (relation.confidence === 'certain') {
      stats.certain += 1;
      if (!restsOnlyOnPassim(relation, url)) stats.certainCheckable += 1;
    }
  }
  return stats;
}

const percent = (part: number, whole: number) => (whole === 0 ? '0' : ((100 * part) / whole).toFixed(1));

/** The validator's summary line. */
export function formatLocatorStats(s: LocatorStats): string {
  return `Locators: ${s.vague} of ${s.items} evidence items are passim-like (${percent(s.vague, s.items)} %); ` +
    `${s.certainCheckable} of ${s.certain} certain relations carry a checkable locator (${percent(s.certainCheckable, s.certain)} %)`;
}
