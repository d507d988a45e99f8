// What a tour step's view means for the map: its filters (the filter registry's values, every filter
// not named left at its default), and where a tour and step sit in a link (?tour=<id>&step=N).
import type { TourView } from '../model/tour-types';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { NO_LENS } from './provenance';

/** A tour and the step shown (from 0; the URL counts from 1). */
export interface TourPlace { id: string; step: number }

/** The filters a step asks for: absolute, so a step looks the same whatever came before it. */
export function tourFilters(view: TourView): Filters {
  const lens = { source: view.source ?? null, kind: view.sourceKind ?? null, minSources: view.sources ?? 1 };
  const sorted = <T extends string>(list: readonly T[] | undefined): T[] => [...new Set(list ?? [])].sort();
  return {
    ...DEFAULT_FILTERS,
    hiddenKinds: sorted(view.hideKinds),
    hiddenCurrents: sorted(view.hideCurrents),
    hiddenRelations: sorted(view.hideRelations),
    minConfidence: view.confidence ?? DEFAULT_FILTERS.minConfidence,
    years: view.years ? { from: view.years.from, to: view.years.to } : null,
    provenance: lens.source === null && lens.kind === null && lens.minSources === 1 ? NO_LENS : lens,
  };
}

/** The link of one step: `?tour=<id>&step=N` (N from 1), which opens that step. */
export function tourStepLink(id: string, step: number): string {
  return `?tour=${encodeURIComponent(id)}&step=${step + 1}`;
}

/** The URL parameters a tour's place owns. */
export const TOUR_PARAMS = ['tour', 'step'] as const;

/** Whether a query string names a tour's step and nothing else (so the step's own view is to be shown). */
export function onlyTourParams(search: string): boolean {
  const params = [...new URLSearchParams(search).keys()];
  return params.includes('tour') && params.every((param) => (TOUR_PARAMS as readonly string[]).includes(param));
}
