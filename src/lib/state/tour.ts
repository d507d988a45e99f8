// Following a tour, as pure transitions `(view, args) => view`: a step's view is put together from
// the explorer's own transitions (selection, connection, Focus, filters, year window, regions, size)
// and a camera request, so a step looks exactly like the link it stands for.
import type { Tour } from '../model/tour-types';
import type { YearWindow } from '../query/timeline';
import { tourFilters } from '../query/tour-view';
import type { KnownIds } from '../query/url-state';
import * as T from './view';

/** The whole map, as the first frame shows it: where a step that names no place looks. */
export const HOME_CAMERA = Object.freeze({ x: 0.5, y: 0.5, ratio: 1 });

/** Whole numbers from 0 to the last step: anything else is brought inside. */
export function clampStep(tour: Tour, step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), tour.steps.length - 1) : 0;
}

/**
 * Shows step `index` of a tour: the selection, connection, Focus, filters and year window it names
 * (everything it does not name at its default), in the Graph view, and a camera request — to its
 * camera, to fit the nodes it frames, to its node (unless in Focus, which frames its own layout, or
 * a connection, which the canvas frames whole), or else to the whole map.
 */
export function enterTourStep(view: T.View, args: { tour: Tour; index: number; known: KnownIds; span: YearWindow }): T.View {
  const { tour, known, span } = args;
  const index = clampStep(tour, args.index);
  const v = tour.steps[index].view;
  let next = T.setFocus(T.clearSelection(view), null);
  next = T.setMode(next, 'graph');
  const filters = tourFilters(v);
  if (filters.years && filters.years.from <= span.from && filters.years.to >= span.to) filters.years = null;
  // The filters object is kept when the step asks for the filters already on (nothing derived is recomputed).
  if (JSON.stringify(next.filters) !== JSON.stringify(filters)) {
    next = T.resetFilters(next);
    if (filters.hiddenKinds.length) next = T.setFilter(next, 'hiddenKinds', filters.hiddenKinds);
    if (filters.hiddenCurrents.length) next = T.setFilter(next, 'hiddenCurrents', filters.hiddenCurrents);
    if (filters.hiddenRelations.length) next = T.setFilter(next, 'hiddenRelations', filters.hiddenRelations);
    next = T.setMinConfidence(next, filters.minConfidence);
    next = T.setProvenance(next, filters.provenance);
    next = T.setYearWindow(next, { window: filters.years, span });
  }
  next = T.setRegions(next, v.regions ?? 'none');
  next = T.setSize(next, v.size ?? 'degree');
  if (v.node !== undefined) next = T.selectNode(next, { id: v.node, focus: false, known });
  else if (v.edge !== undefined) next = T.selectEdge(next, { id: v.edge, known });
  next = T.setPathRule(next, v.via ?? 'all');
  if (v.path !== undefined) next = T.chooseChain(T.showPathTo(next, { id: v.path, known }), (v.chain ?? 1) - 1);
  if (v.focus !== undefined) next = T.setFocus(next, v.focus);

  const seq = next.intentSeq + 1;
  const selected = next.selection?.kind === 'node' ? next.selection.id : null;
  const frame = (v.frame ?? []).filter((id) => known.hasNode(id));
  const intent: T.CameraIntent | null = next.focus ? null
    : v.camera ? { kind: 'set', camera: { ...v.camera }, seq }
    : frame.length > 0 ? { kind: 'frame', ids: frame, seq }
    : next.pathTo ? null
    : selected ? { kind: 'focus', ids: [selected], seq }
    : { kind: 'set', camera: { ...HOME_CAMERA }, seq };
  return {
    ...next,
    tour: { id: tour.id, step: index },
    intent: intent ?? next.intent,
    intentSeq: intent ? seq : next.intentSeq,
  };
}

/** Stops following the tour: the map stays as the step left it. */
export function leaveTour(view: T.View): T.View {
  return view.tour ? { ...view, tour: null } : view;
}

/** The tour the link names is not among the tours: it is dropped, with a notice saying so. */
export function unknownTour(view: T.View, id: string): T.View {
  return T.addNotice(leaveTour(view), `Unknown tour "${id.length > 40 ? `${id.slice(0, 40)}…` : id}" in ?tour= — ignored.`);
}
