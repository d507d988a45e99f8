// sigma settings for Influence Atlas: programs, labels, and interaction, grouped by concern.
import { createNodeBorderProgram } from '@sigma/node-border';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
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
  // Programs
  defaultNodeType: 'rings',
  defaultEdgeType: 'arrow',
  nodeProgramClasses: { rings: NodeRingsProgram },
  edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
  // Labels: a coarse grid keeps the zoomed-out view legible; the biggest nodes win a cell.
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: INK },
  labelDensity: 0.6,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 6,
  renderEdgeLabels: true,
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#444' },
  // Interaction
  enableEdgeEvents: true,
  zIndex: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
  stagePadding: 40,
};
