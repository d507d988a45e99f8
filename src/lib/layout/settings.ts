// ForceAtlas2 and noverlap settings shared by the build-time layout and the in-app live layout.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** ForceAtlas2 settings (Jacomy et al. 2014, PLoS ONE 9(6): e98679). LinLog separates clusters. */
export const FA2_SETTINGS: ForceAtlas2Settings = {
  linLogMode: true,
  outboundAttractionDistribution: true,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 4,
  strongGravityMode: false,
  gravity: 0.6,
  slowDown: 2,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export const FA2_ITERATIONS = 800;
export const LAYOUT_SEED = 1917;

/** noverlap pushes overlapping discs apart after ForceAtlas2 so labels do not collide. */
export const NOVERLAP_SETTINGS = { maxIterations: 150, settings: { margin: 4, ratio: 1.15, gridSize: 20 } };
