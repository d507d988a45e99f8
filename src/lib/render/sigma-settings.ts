// sigma settings for Influence Atlas: programs, labels, and interaction, grouped by concern.
// Only the programs a frame uses are compiled: the default program keys ('circle', 'line',
// 'arrow') are given our programs, so sigma does not also compile its own, and the arc program
// (see edge-programs.ts) is added only for a graph with parallel relations.
import { createNodeBorderProgram } from '@sigma/node-border';
import type { EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { CAMERA_LIMITS } from '../query/url-state';
import { EdgeArcProgram, EdgeLineProgram } from './edge-programs';
import { INK } from './palette';



/** Three-layer discs (outer ring, inner ring, fill): the kind's shape cue. */
export const NodeRingsProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: 'outerSize', defaultValue: 0 }, color: { attribute: 'outerColor' } },
    { size: { attribute: 'innerSize', defaultValue: 0 }, color: { attribute: 'innerColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

/** Settings passed to `new Sigma(...)`. */
export const SIGMA_SETTINGS: Partial<Settings> = {
  // Programs: one node program (also used for hovered nodes) and one for straight relations, arrows
  // included. sigma's default 'arrow' key is given the same class so that sigma's own is not
  // compiled; it draws nothing, as every edge is typed 'line' or 'curved'.
  defaultNodeType: 'circle',
  defaultEdgeType: 'line',
  nodeProgramClasses: { circle: NodeRingsProgram },
  edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
  // Labels: drawn by the label layer (label-layer.ts), which places them so that none overlaps
  // another; sigma still draws the hovered and selected nodes' label boxes with these settings.
  renderLabels: false,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: INK },
  labelRenderedSizeThreshold: 6,
  renderEdgeLabels: false,
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#444' },
  // Interaction. Relations are found under the pointer by geometry (edge-hit.ts): sigma's edge
  // picking would draw every edge a second time on every frame.
  enableEdgeEvents: false,
  zIndex: true,
  minCameraRatio: CAMERA_LIMITS.minRatio,
  maxCameraRatio: CAMERA_LIMITS.maxRatio,
  stagePadding: 40,
};

/**
 * Settings for a graph: the arc programs only where relations share both ends; for a large one, less
 * drawn on the move and `thinLines` (edge-thin.ts, loaded with large-parts.ts) for its straight relations.
 */
export function sigmaSettings(hasParallels: boolean, large: { thinLines: EdgeProgramType } | null = null): Partial<Settings> {
  if (!hasParallels && !large) return SIGMA_SETTINGS;
  return {
    ...SIGMA_SETTINGS,
    edgeProgramClasses: {
      ...SIGMA_SETTINGS.edgeProgramClasses,
      // A large graph's straight relations are sigma's one-pixel lines, without heads: a strip per
      // relation, faded at its sides, made the relations most of a frame's GPU time at 40k.
      ...(large ? { line: large.thinLines, arrow: large.thinLines } : {}),
      ...(hasParallels ? { curved: EdgeArcProgram } : {}),
    },
    ...(large ? { hideEdgesOnMove: true, hideLabelsOnMove: true } : {}),
  };
}
